package org.scorats.conference.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

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
    void mistakesAreExplained() {
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
