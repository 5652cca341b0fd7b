package org.scorats.conference.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server: either the embedded binaries from Maven Central (no Docker needed)
 * or an external server named by the caller, both seen through the same small API.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String serverUrl;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String serverUrl, String username, String password, EmbeddedPostgres embedded) {
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * Starts the embedded binaries. With {@code dataDirectory} the cluster survives restarts;
     * with {@code null} it lives in a temporary directory removed on close.
     */
    public static PostgresServer embedded(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    // Services keep small pools each; 200 leaves room for several instances of all three.
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/", "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** An already running server, e.g. from docker-compose; {@code serverUrl} ends with a slash. */
    public static PostgresServer external(String serverUrl, String username, String password) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        return new PostgresServer(base, username, password, null);
    }

    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        requireValidName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " at " + serverUrl, e);
        }
    }

    public void dropDatabase(String name) {
        requireValidName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + " at " + serverUrl, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // Names are interpolated into DDL, which takes no bind parameters.
    private static void requireValidName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }
}
