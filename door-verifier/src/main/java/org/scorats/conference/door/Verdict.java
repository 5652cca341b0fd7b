package org.scorats.conference.door;

/** What the door shows after checking a badge offline, and why. */
public record Verdict(Outcome outcome, String reason, DoorList.Entry person) {

    public enum Outcome {
        /** Genuine, on today's list, valid now. */
        VALID,
        /** Genuine but revoked: rejected, withdrawn, deleted or reissued. */
        REVOKED,
        /** Genuine, not for today: before the conference's days, or not on today's list. */
        NOT_VALID_TODAY,
        /** Genuine, but past its validity. */
        EXPIRED,
        /** Genuine, for another conference. */
        OTHER_CONFERENCE,
        /** Readable, but no key of the door list signed it, or its content was altered. */
        FORGED,
        /** Not readable as a badge at all (truncated, mistyped, another kind of code). */
        MALFORMED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean admits() {
        return outcome == Outcome.VALID;
    }
}
