package org.scorats.conference.devinfra.testing;

import org.scorats.conference.devinfra.FreePorts;
import org.scorats.conference.devinfra.KafkaBroker;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.SmtpServer;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * One PostgreSQL server, one Kafka broker and one SMTP server per test JVM, started on first use on free ports and
 * stopped when the JVM exits. Environment variables name external servers to use instead, so the
 * same tests run against docker-compose or a cluster.
 *
 * <p>Coordinates are kept in system properties rather than static fields: Quarkus may load this
 * class again in another class loader for each application restart, and every copy must find the
 * servers the first one started.
 */
public final class SharedServers {

    public static final String POSTGRES_URL_ENV = "TEST_POSTGRES_URL";
    public static final String POSTGRES_USERNAME_ENV = "TEST_POSTGRES_USERNAME";
    public static final String POSTGRES_PASSWORD_ENV = "TEST_POSTGRES_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS_ENV = "TEST_KAFKA_BOOTSTRAP_SERVERS";

    private static final String POSTGRES_URL = "conference.test.postgres.url";
    private static final String POSTGRES_USERNAME = "conference.test.postgres.username";
    private static final String POSTGRES_PASSWORD = "conference.test.postgres.password";
    private static final String KAFKA_BOOTSTRAP = "conference.test.kafka.bootstrap-servers";
    private static final String SMTP_BEAN = "org.scorats.conference.test:type=SmtpServer";

    private SharedServers() {
    }

    /** The shared server, as a handle that can create and drop databases on it. */
    public static PostgresServer postgres() {
        synchronized (System.class) {
            if (System.getProperty(POSTGRES_URL) == null) {
                PostgresServer server = startPostgres();
                System.setProperty(POSTGRES_USERNAME, server.username());
                System.setProperty(POSTGRES_PASSWORD, server.password());
                System.setProperty(POSTGRES_URL, server.jdbcUrl(""));
            }
            return PostgresServer.external(System.getProperty(POSTGRES_URL),
                    System.getProperty(POSTGRES_USERNAME), System.getProperty(POSTGRES_PASSWORD));
        }
    }

    /** True when the tests own the server, so their databases need no cleaning up. */
    public static boolean postgresIsEmbedded() {
        return System.getenv(POSTGRES_URL_ENV) == null;
    }

    public static String kafkaBootstrapServers() {
        synchronized (System.class) {
            if (System.getProperty(KAFKA_BOOTSTRAP) == null) {
                String external = System.getenv(KAFKA_BOOTSTRAP_SERVERS_ENV);
                System.setProperty(KAFKA_BOOTSTRAP, external != null ? external : startKafka());
            }
            return System.getProperty(KAFKA_BOOTSTRAP);
        }
    }

    /** A switch for the shared broker (started if need be), for tests of a broker outage. */
    public static KafkaSwitch kafka() {
        kafkaBootstrapServers();
        try {
            return new KafkaSwitch(ManagementFactory.getPlatformMBeanServer(), new ObjectName(KafkaSwitch.NAME));
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SMTP server that catches every service's mail. It is registered with the platform MBean
     * server, which every class loader in the JVM shares, so each copy of this class finds the one
     * server the first copy started.
     */
    public static MailCatcher smtp() {
        MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
        synchronized (System.class) {
            try {
                ObjectName name = new ObjectName(SMTP_BEAN);
                if (!beans.isRegistered(name)) {
                    SmtpServer server = SmtpServer.start(FreePorts.next());
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "smtp-stop"));
                    beans.registerMBean(new CaughtMail(server), name);
                }
                return new MailCatcher(beans, name);
            } catch (JMException e) {
                throw new IllegalStateException("Cannot share the test SMTP server", e);
            }
        }
    }

    private static PostgresServer startPostgres() {
        String external = System.getenv(POSTGRES_URL_ENV);
        if (external != null) {
            return PostgresServer.external(external,
                    System.getenv().getOrDefault(POSTGRES_USERNAME_ENV, "postgres"),
                    System.getenv().getOrDefault(POSTGRES_PASSWORD_ENV, ""));
        }
        PostgresServer server = PostgresServer.embedded(null, FreePorts.next());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
        return server;
    }

    private static String startKafka() {
        KafkaBroker broker = KafkaBroker.start(null, FreePorts.next(), FreePorts.next());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(
                    new javax.management.StandardMBean(new KafkaSwitch.Bean(broker), KafkaSwitchMBean.class), new ObjectName(KafkaSwitch.NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot share the test Kafka broker", e);
        }
        return broker.bootstrapServers();
    }
}
