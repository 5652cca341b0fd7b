package org.scorats.conference.devinfra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.scorats.conference.devinfra.PostgresServer;

import java.util.Map;
import java.util.UUID;

/**
 * Gives the service under test its own, new database on the shared PostgreSQL server.
 * Init argument {@code database}: the service's database name.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.getOrDefault("database", "service");
        // On an external server several runs may meet: each gets a database of its own.
        database = SharedServers.postgresIsEmbedded()
                ? name
                : name + "_test_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = SharedServers.postgres();
        server.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (!SharedServers.postgresIsEmbedded()) {
            SharedServers.postgres().dropDatabase(database);
        }
    }
}
