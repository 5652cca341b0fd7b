package org.scorats.conference.conventions.outbox;

/** Fired when an event enters the outbox, so the relay can wake once the transaction commits. */
record OutboxWritten() {
}
