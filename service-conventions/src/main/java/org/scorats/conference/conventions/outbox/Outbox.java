package org.scorats.conference.conventions.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where services publish events: in the caller's transaction, so the event exists if and only if
 * the change it describes was committed. {@link OutboxRelay} takes it to Kafka afterwards.
 *
 * <p>A transaction's events are kept in memory and written as it commits, in one JDBC batch and
 * in the order they were published: a partner's batch of 1,000 registrations costs one round trip
 * for its events, not 1,000, and an event rewritten before it is written ({@link #amend}) costs no
 * statement at all. The rows take their {@code position} (the relay's order) as they are written,
 * while the transaction holds its row locks: a later transaction on the same aggregate, which waits
 * for those locks, writes its events after these.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_message (id, topic, message_key, type, source, subject, "
            + "payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)";

    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final String source;
    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    /** The key of a transaction's {@link Unwritten} events among its resources. */
    private final Object unwrittenKey = new Object();

    Outbox(ObjectMapper json, OutboxRelay relay, OutboxConfig config, AgroalDataSource dataSource,
           TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.relay = relay;
        this.source = config.source();
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * @param key     the aggregate id: events with the same key are delivered in order
     * @param subject the aggregate as a path, e.g. {@code participants/<id>}
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID publish(EventType<P> type, String key, String subject, P payload) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = type.topic();
        message.key = key;
        message.type = type.type();
        message.source = source;
        message.subject = subject;
        message.payload = toJson(payload);
        message.occurredAt = StoredTime.now();
        unwritten().add(message);
        relay.wakeAfterCommit();
        return message.id;
    }

    /**
     * Replaces the payload of an event published earlier in the current transaction (so no one has
     * seen it), when what it describes changed again before the commit: a registration found no
     * seat at its last step, say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void amend(UUID eventId, EventType<P> type, P payload) {
        unwritten().amend(eventId, type.type(), toJson(payload));
    }

    /**
     * Writes the events published so far in this transaction now rather than at the commit, for a
     * statement that is to be the transaction's last: a seat claim locks a counter every
     * registration needs, and holds it until the commit. Amendments after it are written at the
     * commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writePublished() {
        unwritten().write();
    }

    private Unwritten unwritten() {
        Unwritten unwritten = (Unwritten) transactions.getResource(unwrittenKey);
        if (unwritten == null) {
            unwritten = new Unwritten();
            transactions.putResource(unwrittenKey, unwritten);
            transactions.registerInterposedSynchronization(unwritten);
        }
        return unwritten;
    }

    /** A transaction's events, written as it commits (or before, {@link #writePublished}). */
    private final class Unwritten implements Synchronization {

        private static final String UPDATE = "UPDATE outbox_message SET payload = ?::jsonb WHERE id = ?";

        private final Map<UUID, OutboxMessage> published = new HashMap<>();
        private final Set<OutboxMessage> toInsert = new LinkedHashSet<>();
        private final Set<OutboxMessage> toUpdate = new LinkedHashSet<>();

        void add(OutboxMessage message) {
            published.put(message.id, message);
            toInsert.add(message);
        }

        void amend(UUID eventId, String type, String payload) {
            OutboxMessage message = published.get(eventId);
            if (message == null || !message.type.equals(type)) {
                throw new IllegalStateException("No " + type + " event " + eventId + " published in this transaction");
            }
            message.payload = payload;
            if (!toInsert.contains(message)) {
                toUpdate.add(message);
            }
        }

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_MARKED_ROLLBACK) {
                write(); // not when marked for rollback: nothing the events describe will exist
            }
        }

        /** Agroal hands back the connection the transaction has enlisted, so the rows commit with it. */
        void write() {
            if (toInsert.isEmpty() && toUpdate.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(INSERT);
                 PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (OutboxMessage event : toInsert) {
                    insert.setObject(1, event.id);
                    insert.setString(2, event.topic);
                    insert.setString(3, event.key);
                    insert.setString(4, event.type);
                    insert.setString(5, event.source);
                    insert.setString(6, event.subject);
                    insert.setString(7, event.payload);
                    insert.setTimestamp(8, Timestamp.from(event.occurredAt));
                    insert.addBatch();
                }
                for (OutboxMessage event : toUpdate) {
                    update.setString(1, event.payload);
                    update.setObject(2, event.id);
                    update.addBatch();
                }
                insert.executeBatch();
                update.executeBatch();
            } catch (SQLException e) {
                // Thrown from here, the transaction rolls back: no change commits without its events.
                throw new IllegalStateException("The transaction's events could not be written to the outbox", e);
            }
            toInsert.clear();
            toUpdate.clear();
        }

        @Override
        public void afterCompletion(int status) {
        }
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
