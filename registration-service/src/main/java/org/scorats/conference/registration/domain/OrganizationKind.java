package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** Who an organization is to the SCO, as the concept note lists them. */
public enum OrganizationKind implements CodedEnum {
    MEMBER_STATE, OBSERVER_STATE, DIALOGUE_PARTNER, INTERNATIONAL_ORGANIZATION, ACADEMIA, OTHER;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<OrganizationKind> {
        public DatabaseCode() {
            super(OrganizationKind.class);
        }
    }
}
