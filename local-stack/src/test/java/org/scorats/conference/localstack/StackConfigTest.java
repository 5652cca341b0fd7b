package org.scorats.conference.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

    private static final Path REPOSITORY = Path.of("/repo");

    @Test
    void portsComeFromDefaultsTheEnvironmentAndOptionsInThatOrder() {
        StackConfig config = StackConfig.of(REPOSITORY, new String[] {"--port.gateway=18080"},
                Map.of("STACK_PORT_GATEWAY", "28080", "STACK_PORT_MAIL_VIEWER", "18025"));
        assertThat(config.port(StackConfig.GATEWAY)).isEqualTo(18080);
        assertThat(config.port(StackConfig.MAIL_VIEWER)).isEqualTo(18025);
        assertThat(config.port(StackConfig.KEYCLOAK)).isEqualTo(8180);
        assertThat(config.data()).isEqualTo(REPOSITORY.resolve(".data/local-stack"));
        assertThat(config.demoData()).isTrue();
        assertThat(StackConfig.of(REPOSITORY, new String[] {"--no-demo-data", "--data=/tmp/x"}, Map.of()))
                .satisfies(c -> assertThat(c.demoData()).isFalse())
                .satisfies(c -> assertThat(c.data()).isEqualTo(Path.of("/tmp/x")));
    }

    @Test
    void aServiceRunsAsSeveralInstancesEachOnItsOwnPortAndTheGatewayListsThemAll() {
        StackConfig config = StackConfig.of(REPOSITORY, new String[] {"--port.agenda-service-3=18000",
                "--instances.agenda-service=3", "--instances.notification-service=2"}, Map.of());
        assertThat(config.instances(StackConfig.AGENDA)).containsExactly("agenda-service", "agenda-service-2", "agenda-service-3");
        assertThat(config.port("agenda-service-2")).isEqualTo(8092);
        assertThat(config.port("agenda-service-3")).as("an instance's port can be given").isEqualTo(18000);
        assertThat(config.instances(StackConfig.REGISTRATION)).containsExactly("registration-service");
        assertThat(Set.copyOf(config.ports().values())).as("no two parts on one port").hasSize(config.ports().size());

        ServiceEnvironment environment = new ServiceEnvironment(config, "jdbc:postgresql://127.0.0.1:5432/", "postgres",
                "127.0.0.1:9092", "key", "key");
        assertThat(environment.forService(StackConfig.AGENDA, "agenda-service-2")).containsEntry("QUARKUS_HTTP_PORT", "8092")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/agenda");
        assertThat(environment.forGateway())
                .containsEntry(ServiceEnvironment.storkAddressList(StackConfig.AGENDA), "127.0.0.1:8082,127.0.0.1:8092,127.0.0.1:18000")
                .containsEntry(ServiceEnvironment.storkAddressList(StackConfig.REGISTRATION), "127.0.0.1:8081");

        StackConfig tests = StackConfig.onFreePorts(REPOSITORY, Path.of("/tmp/x"), false).withInstances(StackConfig.NOTIFICATION, 2);
        assertThat(tests.instances(StackConfig.NOTIFICATION)).hasSize(2);
        assertThat(tests.withInstances(StackConfig.NOTIFICATION, 1).instances(StackConfig.NOTIFICATION)).hasSize(1);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--instances.gateway=2"}, Map.of()))
                .hasMessageContaining("only [registration-service, agenda-service, notification-service]");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--instances.agenda-service=10"}, Map.of()))
                .hasMessageContaining("'10' is not a number of instances (1-9)");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--port.agenda-service-2=1"}, Map.of()))
                .as("no second instance asked for").hasMessageContaining("No part called 'agenda-service-2'");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--port.gatway=1"}, Map.of()))
                .hasMessageContaining("No part called 'gatway'").hasMessageContaining("gateway");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--port.gateway=80800"}, Map.of()))
                .hasMessageContaining("'80800' is not a port number");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[0], Map.of("STACK_PORT_KAFKA", "x")))
                .hasMessageContaining("STACK_PORT_KAFKA");
        assertThatThrownBy(() -> StackConfig.of(REPOSITORY, new String[] {"--verbose"}, Map.of()))
                .hasMessageContaining("Unknown option --verbose");
    }
}
