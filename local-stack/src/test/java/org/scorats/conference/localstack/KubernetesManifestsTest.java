package org.scorats.conference.localstack;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes cannot be applied here (no cluster), so it is read with Kubernetes' own object
 * model (fabric8) the way the API server would: every document is a known kind with no unknown
 * field; each application has a Deployment, a Service and a PodDisruptionBudget, the gateway and
 * agenda-service an autoscaler; the probes ask the health endpoints the local stack proves exist
 * (LocalStackTest); and every environment variable is a configuration key the application reads,
 * covering every key the local stack and docker-compose set.
 */
class KubernetesManifestsTest {

    /** Startup asks liveness: the startup checks of the Kafka channels wait for the broker (README, "Kubernetes"). */
    static final Map<String, String> PROBES = Map.of("startup", "/q/health/live", "readiness", "/q/health/ready",
            "liveness", "/q/health/live");
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path BASE = REPOSITORY.resolve("deploy/kubernetes/base");
    private static final Path OVERLAY = REPOSITORY.resolve("deploy/kubernetes/overlays/existing-infrastructure");
    /** Read by the container image's launcher (the JVM's options), not by the application. */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_OPTS_APPEND");
    /** The local stack's relaxations for webhook receivers on a developer's machine; a cluster keeps the safe defaults. */
    private static final Set<String> DEVELOPMENT_ONLY = Set.of("NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES",
            "NOTIFICATION_WEBHOOKS_ALLOW_PLAIN_HTTP");

    private final KubernetesSerialization kubernetes = new KubernetesSerialization();
    private final List<HasMetadata> base = read(BASE);

    @Test
    void everyDocumentIsAKnownKindWithoutUnknownFields() {
        assertThat(base).isNotEmpty().allSatisfy(object -> {
            assertThat(object.getClass().getName()).as(object.getKind()).doesNotContain("GenericKubernetesResource");
            assertThat(kubernetes.asYaml(object)).as(object.getKind() + " " + object.getMetadata().getName())
                    .doesNotContain("additionalProperties");
        });
        base.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).forEach(deployment -> {
            assertThat(deployment.getAdditionalProperties()).isEmpty();
            assertThat(deployment.getSpec().getAdditionalProperties()).isEmpty();
            assertThat(deployment.getSpec().getTemplate().getSpec().getAdditionalProperties()).isEmpty();
            container(deployment).getAdditionalProperties().keySet().forEach(unknown ->
                    assertThat(unknown).as("unknown field in " + deployment.getMetadata().getName()).isNull());
        });
    }

    @Test
    void eachApplicationHasItsObjectsProbesAndResources() {
        for (String name : StackConfig.APPLICATIONS) {
            Deployment deployment = one(Deployment.class, name);
            Container container = container(deployment);
            assertThat(deployment.getSpec().getReplicas()).as(name + ": survives one instance going").isGreaterThanOrEqualTo(2);
            assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", name));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", name);
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(Integer.toString(port.getContainerPort())).isEqualTo(value(container, "QUARKUS_HTTP_PORT"));
            });
            Map<String, Probe> probes = Map.of("startup", container.getStartupProbe(), "readiness", container.getReadinessProbe(),
                    "liveness", container.getLivenessProbe());
            PROBES.forEach((kind, path) -> {
                assertThat(probes.get(kind)).as(name + " " + kind + " probe").isNotNull();
                assertThat(probes.get(kind).getHttpGet().getPath()).isEqualTo(path);
                assertThat(probes.get(kind).getHttpGet().getPort().getStrVal()).isEqualTo("http");
            });
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");

            Service service = one(Service.class, name);
            assertThat(service.getSpec().getSelector()).isEqualTo(Map.of("app.kubernetes.io/name", name));
            assertThat(service.getSpec().getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
            PodDisruptionBudget budget = one(PodDisruptionBudget.class, name);
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
            assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", name));
        }
        assertThat(base.stream().filter(HorizontalPodAutoscaler.class::isInstance)
                .map(hpa -> ((HorizontalPodAutoscaler) hpa).getSpec().getScaleTargetRef().getName()))
                .as("the stateless gateway and the public reads scale").containsExactlyInAnyOrder(StackConfig.GATEWAY, StackConfig.AGENDA);
    }

    /**
     * The collector options were chosen by the benchmark, which runs the local stack's; the manifests and the images
     * repeat them (each sizes its heap its own way), so a change to one that misses the others fails here.
     */
    @Test
    void theClusterAndTheImagesRunTheCollectorTheStackWasMeasuredWith() throws IOException {
        List<String> collector = LocalStack.JVM_OPTIONS.stream().filter(option -> !option.startsWith("-Xm")).toList();
        for (String name : StackConfig.APPLICATIONS) {
            assertThat(value(container(one(Deployment.class, name)), "JAVA_OPTS_APPEND").split(" "))
                    .as(name + " manifest").contains(collector.toArray(String[]::new));
            assertThat(Files.readString(REPOSITORY.resolve(name).resolve("src/main/docker/Dockerfile.jvm"))
                    .lines().filter(line -> line.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElseThrow()
                    .replace("\"", "").split(" "))
                    .as(name + " image").contains(collector.toArray(String[]::new));
        }
    }

    @Test
    void everyVariableIsAKeyTheApplicationReadsAndNoneTheStackSetsIsMissing() throws IOException {
        var launcher = new ServiceEnvironment(StackConfig.of(REPOSITORY, new String[0], Map.of()),
                "jdbc:postgresql://127.0.0.1:5432/", "postgres", "127.0.0.1:9092", "key", "key");
        ConfigMap platform = one(ConfigMap.class, "conference-platform");
        ConfigMap addresses = kubernetes.unmarshal(Files.readString(OVERLAY.resolve("platform-addresses.yaml")), ConfigMap.class);
        assertThat(addresses.getData().keySet()).as("the overlay names every address").isEqualTo(platform.getData().keySet());
        for (String name : StackConfig.APPLICATIONS) {
            Container container = container(one(Deployment.class, name));
            Set<String> variables = container.getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
            Set<String> read = ConfigurationKeys.asVariables(REPOSITORY, name);
            assertThat(variables).as(name + ": variables the application does not read")
                    .allSatisfy(variable -> assertThat(RUNTIME_VARIABLES.contains(variable) || read.contains(variable)).as(variable).isTrue());
            Set<String> local = new HashSet<>((name.equals(StackConfig.GATEWAY) ? launcher.forGateway() : launcher.forService(name)).keySet());
            local.removeAll(DEVELOPMENT_ONLY);
            assertThat(variables).as(name + ": every key the local stack sets").containsAll(local);
            assertThat(variables).as(name + ": development relaxations").doesNotContainAnyElementsOf(DEVELOPMENT_ONLY);
            for (EnvVar variable : container.getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    assertThat(variable.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("conference-platform");
                    assertThat(platform.getData()).containsKey(variable.getValueFrom().getConfigMapKeyRef().getKey());
                }
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    // Secrets are the cluster's: CloudNativePG's <cluster>-app and the keys kept with the data.
                    assertThat(variable.getValueFrom().getSecretKeyRef().getName()).matches("(registration|agenda|notification)-db-app|conference-keys");
                }
            }
        }
    }

    @Test
    void theKustomizationsListEveryFile() throws IOException {
        Set<String> files = new HashSet<>();
        try (var listing = Files.list(BASE)) {
            listing.map(file -> file.getFileName().toString()).filter(file -> !file.equals("kustomization.yaml")).forEach(files::add);
        }
        assertThat(strings(kustomization(BASE).get("resources"))).containsExactlyInAnyOrderElementsOf(files);
        Map<String, Object> overlay = kustomization(OVERLAY);
        assertThat(strings(overlay.get("resources"))).containsExactly("../../base");
        assertThat(overlay.get("patches").toString()).contains("platform-addresses.yaml");
        assertThat(overlay.get("images").toString())
                .contains(StackConfig.APPLICATIONS.stream().map(a -> "scorats/" + a).toArray(String[]::new));
    }

    private List<HasMetadata> read(Path folder) {
        List<HasMetadata> objects = new ArrayList<>();
        try (var listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    for (String document : Files.readString(file).split("(?m)^---$")) {
                        if (!document.isBlank()) {
                            objects.add(kubernetes.unmarshal(document));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + folder, e);
        }
        return objects;
    }

    private <T extends HasMetadata> T one(Class<T> kind, String name) {
        List<T> found = base.stream().filter(kind::isInstance).map(kind::cast)
                .filter(object -> object.getMetadata().getName().equals(name)).toList();
        assertThat(found).as(kind.getSimpleName() + " " + name).hasSize(1);
        return found.get(0);
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static String value(Container container, String variable) {
        return container.getEnv().stream().filter(env -> env.getName().equals(variable)).map(EnvVar::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(variable + " not set"));
    }

    private static Map<String, Object> kustomization(Path folder) throws IOException {
        return new Yaml().load(Files.readString(folder.resolve("kustomization.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
