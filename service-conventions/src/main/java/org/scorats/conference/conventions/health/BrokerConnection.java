package org.scorats.conference.conventions.health;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether this instance reaches the Kafka cluster: a wellness check ({@code /q/health/well},
 * {@code /q/health}) for operators, deliberately not readiness. Without its broker a service still
 * answers every request and its outbox keeps the events until the broker is back, while a readiness
 * that followed the broker would take every instance of every service out of rotation at once.
 */
@Wellness
@ApplicationScoped
public class BrokerConnection implements HealthCheck {

    private static final String NAME = "kafka";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, Object> settings = new HashMap<>();
    private Admin admin;

    BrokerConnection(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        // The shared Kafka settings, less what only producers and consumers understand.
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "broker-connection-check");
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    }

    @Override
    public synchronized HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).up().withData("nodes", nodes).build();
        } catch (ExecutionException | TimeoutException unreachable) {
            return down(unreachable instanceof ExecutionException ? unreachable.getCause() : unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return down(interrupted);
        }
    }

    private static HealthCheckResponse down(Throwable why) {
        return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(why.getMessage())).build();
    }

    /** Made at the first check, not at start: nothing waits on the broker while the service starts. */
    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
