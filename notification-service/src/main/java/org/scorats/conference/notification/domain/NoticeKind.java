package org.scorats.conference.notification.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

/** What a person is told. */
public enum NoticeKind implements CodedEnum {
    REGISTRATION_RECEIVED, APPROVED, REJECTED, WAITLISTED, MOVED_FROM_WAITLIST, WITHDRAWN, PROGRAM_CHANGED, TALK_ASSIGNED,
    /** An approved registration was changed in who it is for and awaits review again. */
    RETURNED_TO_REVIEW,
    /** The visa invitation letter they asked for was issued and can be downloaded. */
    VISA_LETTER_READY,
    /** Their request for an invitation letter was refused: no letter will come, so they must plan otherwise. */
    VISA_LETTER_REFUSED,
    /** Their invitation letter no longer stands: an embassy checking it is told so. */
    VISA_LETTER_REVOKED,
    /** Their certificate of attendance no longer stands: anyone checking it is told so. */
    CERTIFICATE_REVOKED,
    /** The conference moved to other days or another time zone: their journey needs rethinking. */
    CONFERENCE_MOVED,
    /** What the organizers told them and others, in their words. */
    ANNOUNCEMENT;

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<NoticeKind> {
        public DatabaseCode() {
            super(NoticeKind.class);
        }
    }
}
