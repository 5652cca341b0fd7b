package org.scorats.conference.conventions;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.testing.SharedServers;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's migrations, shared ones included, build its schema from nothing. Extend it in a
 * {@code @QuarkusTest}: the application has started, so Hibernate has also validated its mapping
 * against the migrated schema.
 */
public abstract class MigrationContract {

    @Test
    void allMigrationsApplyToAnEmptyDatabase() {
        PostgresServer server = SharedServers.postgres();
        String emptyDatabase = "empty_" + Long.toHexString(System.nanoTime());
        server.createDatabase(emptyDatabase);
        try {
            Flyway flyway = migrationsOf(server, emptyDatabase).load();

            MigrateResult result = flyway.migrate();

            assertThat(result.success).isTrue();
            MigrationInfo[] applied = flyway.info().applied();
            assertThat(result.migrationsExecuted).isEqualTo(applied.length);
            assertThat(applied).extracting(m -> m.getVersion().toString())
                    .as("the shared outbox and inbox, then the service's own schema")
                    .contains("0.1")
                    .anyMatch(version -> !version.startsWith("0."));
            assertThat(flyway.info().pending()).isEmpty();
            flyway.validate();
        } finally {
            server.dropDatabase(emptyDatabase);
        }
    }

    /** Flyway set up as the service runs it (its locations, shared ones included), on another database. */
    protected static FluentConfiguration migrationsOf(PostgresServer server, String database) {
        String[] locations = Arrays.stream(ConfigProvider.getConfig().getValue("quarkus.flyway.locations", String[].class))
                .map(location -> "classpath:" + location)
                .toArray(String[]::new);
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(server.jdbcUrl(database), server.username(), server.password())
                .locations(locations);
    }
}
