package org.scorats.conference.agenda.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** What a slot of the program is. */
public enum SessionKind implements CodedEnum {
    PLENARY, THEMATIC_SESSION, BREAK, SIDE_EVENT;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<SessionKind> {
        public DatabaseCode() {
            super(SessionKind.class);
        }
    }
}
