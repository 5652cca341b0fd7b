package org.scorats.conference.conventions.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Makes consumers idempotent: an event's id is recorded in the same transaction as its effect, so a
 * redelivered or replayed event is acknowledged and skipped, and a crash between effect and offset
 * commit cannot apply it twice.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code effect} unless {@code consumer} applied this event before.
     * Two deliveries racing each other meet at the primary key: the second waits for the first
     * to commit and then finds the id taken.
     *
     * @param consumer names the effect, so two consumers in one service can apply the same event
     * @return whether the effect ran
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(String consumer, IncomingEvent event, Runnable effect) {
        if (!record(consumer, event)) {
            return false;
        }
        effect.run();
        return true;
    }

    /**
     * A plain statement on the transaction's connection: Hibernate would flush the session before a
     * native statement it cannot place (every pending insert, one by one, and their audit entries),
     * up to four times an event in notification-service, where the commit's flush batches them once.
     */
    private boolean record(String consumer, IncomingEvent event) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("The event " + event.id() + " could not be recorded as applied", e);
        }
    }
}
