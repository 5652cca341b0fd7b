package org.scorats.conference.conventions.persistence;

/**
 * Which failures of a piece of background work (a consumer's event, a worker's batch) may pass if
 * the work is tried again later, so the work is retried rather than given up on.
 *
 * <p>Any {@link RuntimeException} may (the database away, a lock timeout, a broker not answering),
 * and so may an {@link AssertionError}: PgJDBC checks its own state with assertions, and when they
 * are enabled (tests, or an operator's {@code -ea}) a connection closed in the middle of a batch
 * surfaces as one. Other errors are the machine's ({@link OutOfMemoryError}) and are not retried.
 */
public final class PassingFailures {

    private PassingFailures() {
    }

    public static boolean mayPass(Throwable failure) {
        return failure instanceof RuntimeException || failure instanceof AssertionError;
    }
}
