package org.scorats.conference.conventions.work;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs code once the current transaction has ended: one thing if it committed, another if not. */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    public static void register(TransactionSynchronizationRegistry transactions, Runnable committed, Runnable rolledBack) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                (status == Status.STATUS_COMMITTED ? committed : rolledBack).run();
            }
        });
    }
}
