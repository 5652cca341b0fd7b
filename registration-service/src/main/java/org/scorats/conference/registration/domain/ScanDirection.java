package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** Whether a scan lets someone in or out. */
public enum ScanDirection implements CodedEnum {
    ENTRY, EXIT;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ScanDirection> {
        public DatabaseCode() {
            super(ScanDirection.class);
        }
    }
}
