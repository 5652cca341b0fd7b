package org.scorats.conference.conventions.inbox;

/**
 * An event that can never be applied, however often it is tried: not a CloudEvent, a CloudEvents
 * version this consumer does not understand, or a payload that is not the JSON its type promises.
 * It goes to the dead-letter store; anything else that fails is retried.
 */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
