package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** What happens to an in-person registration arriving after the deadline: refused, or accepted and flagged. */
public enum LateArrivalPolicy implements CodedEnum {
    REFUSE, FLAG;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<LateArrivalPolicy> {
        public DatabaseCode() {
            super(LateArrivalPolicy.class);
        }
    }
}
