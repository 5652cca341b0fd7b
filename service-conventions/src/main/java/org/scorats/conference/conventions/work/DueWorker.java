package org.scorats.conference.conventions.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.persistence.PassingFailures;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one kind of {@link DueWork} on threads of its own: claims a batch of due rows in a new
 * transaction, works them, commits, and goes on while batches come back full (drain). It is woken
 * right after a transaction that queued work commits ({@link #wakeAfterCommit()}) and by a poll
 * for work that became due later or was missed. Wake-ups that arrive while a drain is queued are
 * folded into it, so a burst of commits costs one drain more. With one thread (the outbox relay,
 * whose order matters) drains never overlap; with several (mail), each claims other rows.
 * Made and stopped by {@link DueWorkers}.
 */
public final class DueWorker<T> {

    private static final Logger LOG = Logger.getLogger(DueWorker.class);

    /**
     * @param name               names the thread, the poll job and log lines
     * @param pollInterval       how often to look without being woken
     * @param batchSize          rows claimed per transaction
     * @param transactionTimeout bound on one batch's transaction, so that a stuck batch releases its claim
     * @param threads            drains that may run at once; more than one only for work whose claim skips locked rows
     */
    public record Settings(String name, Duration pollInterval, int batchSize, Duration transactionTimeout, int threads) {

        public Settings(String name, Duration pollInterval, int batchSize, Duration transactionTimeout) {
            this(name, pollInterval, batchSize, transactionTimeout, 1);
        }
    }

    private final Settings settings;
    private final DueWork<T> work;
    private final TransactionSynchronizationRegistry transactions;
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Object wakeKey = new Object();

    DueWorker(Settings settings, DueWork<T> work, TransactionSynchronizationRegistry transactions) {
        this.settings = settings;
        this.work = work;
        this.transactions = transactions;
        this.thread = Executors.newFixedThreadPool(settings.threads(), r -> new Thread(r, settings.name()));
    }

    public Settings settings() {
        return settings;
    }

    /** Asks for a drain now. */
    public void nudge() {
        if (!thread.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    /**
     * Asks for a drain once the current transaction commits (nothing if it rolls back); at once
     * outside a transaction. Call where the work is queued: the rows are visible to the worker only
     * after the commit.
     */
    public void wakeAfterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            nudge();
            return;
        }
        if (transactions.getResource(wakeKey) == null) { // once per transaction
            transactions.putResource(wakeKey, Boolean.TRUE);
            AfterCompletion.register(transactions, this::nudge, () -> { });
        }
    }

    private void drain() {
        queued.set(false);
        try {
            while (!thread.isShutdown() && step() == settings.batchSize()) {
                // a full batch: more may be due
            }
        } catch (Throwable e) {
            if (!PassingFailures.mayPass(e)) {
                throw e;
            }
            LOG.warnf("%s stopped for now, will try again: %s", settings.name(), e.toString());
        }
    }

    /** One batch in one transaction; returns how many rows were claimed. */
    int step() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) Math.max(1, settings.transactionTimeout().toSeconds()))
                .call(() -> {
                    var claimed = work.claim(settings.batchSize());
                    if (!claimed.isEmpty()) {
                        work.work(claimed);
                    }
                    return claimed.size();
                });
    }

    /** Lets a running batch finish, up to {@code wait}; wake-ups after this are ignored. */
    void stop(Duration wait) {
        thread.shutdown();
        try {
            thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
