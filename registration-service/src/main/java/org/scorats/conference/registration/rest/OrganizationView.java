package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.domain.OrganizationKind;

@Schema(name = "Organization", example = """
        {"code": "CIS-ATC",
         "name": {"en": "CIS Anti-Terrorism Center", "zh": "独联体反恐中心",
                  "ru": "Антитеррористический центр государств – участников СНГ"},
         "kind": "international-organization", "version": 0}""")
public record OrganizationView(String code, LocalizedText name, OrganizationKind kind,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String country, long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.code, o.name, o.kind, o.country, o.version);
    }
}
