package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** A working language of the conference, and a participant's preferred one. */
public enum Language implements CodedEnum {
    EN, ZH, RU;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<Language> {
        public DatabaseCode() {
            super(Language.class);
        }
    }
}
