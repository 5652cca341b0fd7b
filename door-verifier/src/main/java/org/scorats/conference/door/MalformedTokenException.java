package org.scorats.conference.door;

/** A badge or door list that cannot even be read: truncated, altered in transit, or not one of ours. */
public class MalformedTokenException extends RuntimeException {

    public MalformedTokenException(String what) {
        super(what);
    }
}
