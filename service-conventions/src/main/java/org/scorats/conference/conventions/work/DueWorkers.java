package org.scorats.conference.conventions.work;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the {@link DueWorker}s of a service, polls each on its interval, and stops them all when
 * the application stops, before the database goes away.
 */
@ApplicationScoped
public class DueWorkers {

    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Scheduler scheduler;
    private final TransactionSynchronizationRegistry transactions;
    private final List<DueWorker<?>> started = new CopyOnWriteArrayList<>();

    DueWorkers(Scheduler scheduler, TransactionSynchronizationRegistry transactions) {
        this.scheduler = scheduler;
        this.transactions = transactions;
    }

    /** A worker for {@code work}, polled from now on; wake it with {@link DueWorker#wakeAfterCommit()}. */
    public <T> DueWorker<T> start(DueWorker.Settings settings, DueWork<T> work) {
        DueWorker<T> worker = new DueWorker<>(settings, work, transactions);
        started.add(worker);
        scheduler.newJob(settings.name())
                .setInterval(settings.pollInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setSkipPredicate(Scheduled.ApplicationNotRunning.class)
                .setTask(execution -> worker.nudge())
                .schedule();
        return worker;
    }

    void stopAll(@Observes ShutdownEvent shutdown) {
        started.forEach(worker -> worker.stop(STOP_WAIT));
    }
}
