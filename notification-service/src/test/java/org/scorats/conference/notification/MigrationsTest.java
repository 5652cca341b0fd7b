package org.scorats.conference.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.MigrationContract;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MigrationsTest extends MigrationContract {

    @Inject
    EntityManager entityManager;

    /** Each send reads its mail's notices: by an index, or the send costs more with every notice ever kept. */
    @Test
    void aMailsNoticesAreFoundByAnIndex() {
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
            // A small test table would be scanned anyway: the planner is asked what it does when it must not.
            entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            List<?> rows = entityManager.createNativeQuery("EXPLAIN SELECT * FROM notice WHERE message_id = '"
                    + UUID.randomUUID() + "' ORDER BY created_at, id", String.class).getResultList();
            return rows.stream().map(String::valueOf).toList();
        });
        assertThat(String.join("\n", plan)).contains("notice_message").doesNotContain("Seq Scan");
    }
}
