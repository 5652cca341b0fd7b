package org.scorats.conference.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The one contract: the services' stored OpenAPI documents merged, committed as docs/openapi.yaml
 * and served by the gateway. Fails when a service's path is missing, when a path is not routed to
 * the service that documents it, or when the committed contract is stale. To accept a change to
 * the public API: {@code ./mvnw -B install -DskipTests && ./mvnw -B -pl gateway test
 * -Dtest=ContractTest -Dcontract.update=true}, then review and commit docs/openapi.yaml.
 */
@QuarkusTest
class ContractTest {

    static final List<String> SERVICES = List.of("registration-service", "agenda-service", "notification-service");
    static final Path COMMITTED = Path.of("../docs/openapi.yaml");

    @Inject
    RouteTable routes;

    @Test
    void theCommittedContractIsTheMergeOfTheServicesContracts() throws Exception {
        String merged = ContractMerger.toYaml(ContractMerger.merge(serviceDocuments()));
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(COMMITTED, merged);
        }
        assertThat(Files.readString(COMMITTED))
                .as("docs/openapi.yaml is stale; see this test's comment for how to update it")
                .isEqualTo(merged);
    }

    @Test
    void everyPathOfEveryServiceIsInTheContractAndRoutedToIt() throws Exception {
        JsonNode contract = ContractMerger.merge(serviceDocuments());
        Map<String, Integer> perService = new LinkedHashMap<>();
        serviceDocuments().forEach((service, document) -> document.path("paths").fieldNames().forEachRemaining(path -> {
            JsonNode documented = contract.path("paths").path(path);
            assertThat(documented.isMissingNode()).as(path + " of " + service).isFalse();
            String concrete = path.replaceAll("\\{[^}]+}", "x");
            assertThat(routes.serviceFor(concrete)).as("route of " + path).contains(service);
            perService.merge(service, 1, Integer::sum);
        }));
        assertThat(perService.keySet()).containsExactlyElementsOf(SERVICES);
        System.out.println("Contract paths per service: " + perService);
    }

    @Test
    void theGatewayServesTheContractWithEveryServicesPaths() throws Exception {
        var served = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode contract = ContractMerger.readJson(served);
        serviceDocuments().values().forEach(document -> document.path("paths").fieldNames()
                .forEachRemaining(path -> assertThat(contract.path("paths").has(path)).as(path).isTrue()));
        assertThat(contract.path("servers").get(0).path("url").asText()).isEqualTo("/");
        assertThat(contract.path("components").path("securitySchemes").has("keycloak")).isTrue();
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    private static Map<String, JsonNode> serviceDocuments() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path stored = Path.of("..", service, "target", "openapi", "openapi.json");
            assertThat(stored).as("build " + service + " first (it stores its contract when packaged)").exists();
            documents.put(service, ContractMerger.readJson(Files.readString(stored)));
        }
        return documents;
    }
}
