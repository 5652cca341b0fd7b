package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** What a participant comes as. */
public enum ParticipantRole implements CodedEnum {
    DELEGATE, SPEAKER, HIGH_LEVEL_GUEST, OBSERVER, PRESS, STAFF;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ParticipantRole> {
        public DatabaseCode() {
            super(ParticipantRole.class);
        }
    }
}
