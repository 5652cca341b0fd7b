package org.scorats.conference.registration.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.registration.domain.OrganizationKind;

/** An organization to add ({@code code} required) or its new state. */
@Schema(name = "OrganizationRequest", example = """
        {"code": "CIS-ATC",
         "name": {"en": "CIS Anti-Terrorism Center", "zh": "独联体反恐中心",
                  "ru": "Антитеррористический центр государств – участников СНГ"},
         "kind": "international-organization"}""")
public record OrganizationRequest(
        @Schema(example = "CIS-ATC", description = "Upper-case code; fixed once created")
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,31}$", message = "upper-case letters, digits and hyphens, 2 to 32") String code,
        @Schema(example = "{\"en\": \"CIS Anti-Terrorism Center\", \"zh\": \"独联体反恐中心\", \"ru\": \"Антитеррористический центр СНГ\"}")
        @Valid @NotNull LocalizedText name,
        @NotNull OrganizationKind kind,
        @Schema(example = "UZ", description = "ISO 3166-1 alpha-2, for organizations of one country")
        @Pattern(regexp = "^[A-Z]{2}$", message = "ISO 3166-1 alpha-2 code") String country) {
}
