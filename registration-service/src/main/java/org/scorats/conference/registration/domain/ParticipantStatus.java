package org.scorats.conference.registration.domain;

import jakarta.persistence.Converter;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.CodedEnumConverter;

import java.util.Arrays;
import java.util.List;

/** Where a registration stands. */
public enum ParticipantStatus implements CodedEnum {
    SUBMITTED, APPROVED, REJECTED, WAITLISTED, WITHDRAWN, CHECKED_IN;

    public static final List<ParticipantStatus> SEAT_HOLDERS =
            Arrays.stream(values()).filter(ParticipantStatus::holdsSeat).toList();

    /**
     * A submitted registration already holds its seat: the last seat goes to the first who asks,
     * and those after wait, rather than everyone being accepted and some refused at approval.
     */
    public boolean holdsSeat() {
        return this == SUBMITTED || this == APPROVED || this == CHECKED_IN;
    }

    /** The registration is over: withdrawn or rejected (a deleted one is known by its deletion). */
    public boolean ended() {
        return this == WITHDRAWN || this == REJECTED;
    }

    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ParticipantStatus> {
        public DatabaseCode() {
            super(ParticipantStatus.class);
        }
    }
}
