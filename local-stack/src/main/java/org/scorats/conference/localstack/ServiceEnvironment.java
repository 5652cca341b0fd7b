package org.scorats.conference.localstack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment variables each service and the gateway are configured with: the same keys
 * docker-compose.yml sets (a test holds them together), with this machine's addresses.
 *
 * @param postgresUrl      the server's JDBC URL ending with a slash; the service's database is appended
 * @param postgresUsername a user allowed to use every service's database
 */
record ServiceEnvironment(StackConfig config, String postgresUrl, String postgresUsername, String kafkaBootstrapServers,
                          String sensitiveDataKey, String notificationSealingKey) {

    static final Map<String, String> DATABASES = Map.of(StackConfig.REGISTRATION, "registration",
            StackConfig.AGENDA, "agenda", StackConfig.NOTIFICATION, "notification");

    Map<String, String> forService(String service) {
        return forService(service, service);
    }

    /** @param instance the part the instance runs as ({@code service}, or {@code service-2} and on), which gives its port */
    Map<String, String> forService(String service, String instance) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.port(instance)));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgresUrl + DATABASES.get(service));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgresUsername);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("CONFERENCE_KEYCLOAK_URL", config.url(StackConfig.KEYCLOAK));
        switch (service) {
            case StackConfig.REGISTRATION -> environment.put("REGISTRATION_SENSITIVE_DATA_KEY", sensitiveDataKey);
            case StackConfig.NOTIFICATION -> {
                environment.put("NOTIFICATION_SEALING_KEY", notificationSealingKey);
                environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
                environment.put("QUARKUS_MAILER_PORT", Integer.toString(config.port(StackConfig.SMTP)));
                // Partners' test receivers run on this machine too.
                environment.put("NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
                environment.put("NOTIFICATION_WEBHOOKS_ALLOW_PLAIN_HTTP", "true");
            }
            default -> {
            }
        }
        environment.putAll(config.settings().getOrDefault(service, Map.of()));
        return environment;
    }

    Map<String, String> forGateway() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.port(StackConfig.GATEWAY)));
        environment.put("CONFERENCE_KEYCLOAK_URL", config.url(StackConfig.KEYCLOAK));
        for (String service : DATABASES.keySet()) {
            environment.put(storkAddressList(service), String.join(",",
                    config.instances(service).stream().map(instance -> "127.0.0.1:" + config.port(instance)).toList()));
        }
        environment.putAll(config.settings().getOrDefault(StackConfig.GATEWAY, Map.of()));
        return environment;
    }

    static String storkAddressList(String service) {
        return "QUARKUS_STORK_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_SERVICE_DISCOVERY_ADDRESS_LIST";
    }
}
