package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** Whether a participant comes to Tashkent or follows remotely. */
public enum Attendance implements CodedEnum {
    IN_PERSON, REMOTE;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<Attendance> {
        public DatabaseCode() {
            super(Attendance.class);
        }
    }
}
