package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run here (no container engine), so what can go wrong without
 * running it is checked: it parses, it has every part, each service is built from a Dockerfile in
 * the repository, and every environment variable it sets is a configuration key the service reads,
 * the same keys the local stack sets.
 */
class DockerComposeTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final JsonNode compose = read();

    @Test
    void everyPartIsThereWithAHealthCheck() {
        assertThat(names(compose.path("services")))
                .containsExactlyInAnyOrder("postgres", "kafka", "keycloak", "mail", StackConfig.REGISTRATION,
                        StackConfig.AGENDA, StackConfig.NOTIFICATION, StackConfig.GATEWAY);
        compose.path("services").properties().forEach(service ->
                assertThat(service.getValue().path("healthcheck").path("test").isArray()).as(service.getKey()).isTrue());
        assertThat(compose.path("services").path("keycloak").path("volumes").toString())
                .contains("./deploy/keycloak/conference-realm.json:/opt/keycloak/data/import/");
    }

    @Test
    void eachServiceIsBuiltFromItsDockerfileAndPublishesItsPort() throws IOException {
        for (String name : StackConfig.APPLICATIONS) {
            JsonNode service = compose.path("services").path(name);
            Path context = REPOSITORY.resolve(service.path("build").path("context").asText());
            Path dockerfile = context.resolve(service.path("build").path("dockerfile").asText());
            assertThat(dockerfile).as(name).exists();
            assertThat(Files.readString(dockerfile)).contains("target/quarkus-app/", "quarkus-run.jar");
            String port = service.path("environment").path("QUARKUS_HTTP_PORT").asText();
            assertThat(service.path("ports").get(0).asText()).isEqualTo(port + ":" + port);
        }
    }

    @Test
    void everyVariableIsAConfigurationKeyTheServiceReadsAndTheLocalStackSetsTheSame() throws IOException {
        var launcher = new ServiceEnvironment(StackConfig.of(REPOSITORY, new String[0], Map.of()),
                "jdbc:postgresql://127.0.0.1:5432/", "postgres", "127.0.0.1:9092", "key", "key");
        for (String name : StackConfig.APPLICATIONS) {
            Set<String> composed = names(compose.path("services").path(name).path("environment"));
            assertThat(ConfigurationKeys.asVariables(REPOSITORY, name)).as(name).containsAll(composed);
            Set<String> local = (name.equals(StackConfig.GATEWAY) ? launcher.forGateway() : launcher.forService(name)).keySet();
            assertThat(composed).as(name + ": the local stack sets only keys compose sets too").containsAll(local);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode read() {
        try {
            // SnakeYAML rather than Jackson's YAML parser: only it resolves the anchors and merge keys compose files use.
            Object document = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
            return new ObjectMapper().valueToTree(document);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("docker-compose.yml does not parse", e);
        }
    }
}
