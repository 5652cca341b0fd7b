package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** What the door is told after a scan. */
public enum ScanOutcome implements CodedEnum {
    /** In: the first entry of the day, or back after an exit. */
    ADMITTED,
    /** Entered already and not out since: a badge passed back over the barrier, or a second scan. */
    ALREADY_INSIDE,
    /** Out. */
    EXITED,
    /** An exit with no entry before it that day. */
    NOT_INSIDE,
    /** The badge was revoked: its holder was rejected, withdrew or was deleted, or it was reissued. */
    REVOKED,
    /** A typed code that matches no badge of this conference. */
    UNKNOWN,
    /** A genuine badge outside its days. */
    NOT_VALID_TODAY;

    /** Whether the scan changed who is inside. */
    public boolean moved() {
        return this == ADMITTED || this == EXITED;
    }

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ScanOutcome> {
        public DatabaseCode() {
            super(ScanOutcome.class);
        }
    }
}
