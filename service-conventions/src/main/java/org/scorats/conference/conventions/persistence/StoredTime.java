package org.scorats.conference.conventions.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant as PostgreSQL keeps it. Java's clock has nanoseconds and {@code timestamptz} keeps
 * microseconds, so a time taken with {@link Instant#now()} and stored was answered by the write with digits a later
 * read of the same resource no longer has, and a document frozen with it (a program release) disagreed with its own
 * row. Every time the platform stores comes from here.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
