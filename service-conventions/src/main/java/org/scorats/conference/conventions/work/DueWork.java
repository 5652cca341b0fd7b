package org.scorats.conference.conventions.work;

import java.util.List;

/**
 * Work kept in the database as rows that become due: the event outbox, the mail queue, webhook
 * deliveries. A {@link DueWorker} runs it; the kind of work says only how to claim its rows and
 * what to do with them.
 *
 * @param <T> what one claimed row is (an entity, or its id)
 */
public interface DueWork<T> {

    /**
     * Claims up to {@code limit} rows that are due, in the worker's transaction, so that other
     * instances do not take them too: with {@link DueWork#SKIP_LOCKED} when rows may be worked in
     * any order, or with a lock of the whole queue where order matters.
     */
    List<T> claim(int limit);

    /**
     * Works the claimed rows in the same transaction and records on each what became of it
     * (finished, or rescheduled for later). Nothing of it is kept if the transaction fails.
     */
    void work(List<T> claimed);

    /**
     * Ends a claim query: rows that another instance holds are passed over rather than waited for,
     * so several instances share a queue without blocking each other or working a row twice. The
     * query it ends must itself say that a row is due: a row changed since the statement began is
     * locked in its new state and checked again against that query's conditions only.
     */
    String SKIP_LOCKED = "FOR UPDATE SKIP LOCKED";
}
