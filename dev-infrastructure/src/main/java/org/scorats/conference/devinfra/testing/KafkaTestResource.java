package org.scorats.conference.devinfra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points the service under test at the shared Kafka broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedServers.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by every application start in this JVM and stops with it.
    }
}
