package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** Where a request for an invitation letter stands. */
public enum VisaLetterStatus implements CodedEnum {
    REQUESTED, ISSUED, REFUSED, REVOKED;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<VisaLetterStatus> {
        public DatabaseCode() {
            super(VisaLetterStatus.class);
        }
    }
}
