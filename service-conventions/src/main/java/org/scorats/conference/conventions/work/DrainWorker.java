package org.scorats.conference.conventions.work;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One thread that drains a queue kept in the database (outbox, mail, webhooks) when nudged: right
 * after a transaction that filled it commits, and by a periodic poll for what is due later or was
 * missed. Nudges that arrive while a drain is already queued are folded into it, so a burst of
 * commits costs one drain, and drains never overlap within an instance.
 */
public final class DrainWorker {

    private static final Logger LOG = Logger.getLogger(DrainWorker.class);

    private final String name;
    private final Runnable drain;
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();

    public DrainWorker(String name, Runnable drain) {
        this.name = name;
        this.drain = drain;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
    }

    public void nudge() {
        if (!thread.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::run);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    private void run() {
        queued.set(false);
        try {
            drain.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s stopped for now, will retry: %s", name, e.toString());
        }
    }

    /** Lets a running drain finish, up to {@code wait}; nudges after this are ignored. */
    public void stop(Duration wait) {
        thread.shutdown();
        try {
            thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
