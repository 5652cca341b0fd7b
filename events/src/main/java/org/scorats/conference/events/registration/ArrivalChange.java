package org.scorats.conference.events.registration;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An approved participant's arrival changed: what the logistics desk meeting them needs to know.
 *
 * @param before      the arrival as it was (null members: not given)
 * @param after       the arrival as it is now
 * @param lateArrival whether the new arrival is after the conference's deadline
 * @param version     the participant's version after the change
 */
public record ArrivalChange(
        UUID participantId,
        String conferenceId,
        String organizationCode,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        String status,
        Arrival before,
        Arrival after,
        boolean lateArrival,
        long version) {

    /** When and how: times with the conference's offset. */
    public record Arrival(OffsetDateTime at, String transport, String reference) {
    }
}
