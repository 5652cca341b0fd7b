package org.scorats.conference.conventions.deadletter;

import org.scorats.conference.conventions.inbox.IncomingEvent;

/**
 * What a consuming service does with the events of each incoming channel: implemented once per
 * service, in its service layer, each call one transaction whose effects go through the inbox.
 * {@link EventIntake} calls it for records from Kafka and {@link DeadLetters} for replays, so a
 * replay has exactly the effect the first delivery would have had, and never twice.
 */
public interface EventHandlers {

    /**
     * @throws org.scorats.conference.conventions.inbox.UnreadableEvent when the event can never be
     *         applied; any other failure is taken as passing and the event is tried again
     */
    void apply(String channel, IncomingEvent event);
}
