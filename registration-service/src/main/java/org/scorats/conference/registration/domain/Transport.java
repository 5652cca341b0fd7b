package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** How an in-person participant arrives. */
public enum Transport implements CodedEnum {
    FLIGHT, TRAIN, ROAD, OTHER;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<Transport> {
        public DatabaseCode() {
            super(Transport.class);
        }
    }
}
