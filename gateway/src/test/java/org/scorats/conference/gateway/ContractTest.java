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

    @Inject
    GatewayConfig config;

    @Test
    void theCommittedContractIsTheMergeOfTheServicesContracts() throws Exception {
        String merged = ContractMerger.toYaml(ContractMerger.merge(serviceDocuments(), config.rateLimits()));
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(COMMITTED, merged);
        }
        assertThat(Files.readString(COMMITTED))
                .as("docs/openapi.yaml is stale; see this test's comment for how to update it")
                .isEqualTo(merged);
    }

    @Test
    void everyPathOfEveryServiceIsInTheContractAndRoutedToIt() throws Exception {
        JsonNode contract = ContractMerger.merge(serviceDocuments(), config.rateLimits());
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

    /**
     * What a generated client needs of every operation: a unique operationId, a summary, a description
     * and a tag, a typed success (or 204) with an example, every error as problem+json, and who may
     * call it: {@code security: []} when public, else the OpenID Connect scheme with the roles in
     * {@code x-roles}.
     */
    @Test
    void everyOperationIsDocumentedForAGeneratedClient() throws Exception {
        JsonNode contract = ContractMerger.merge(serviceDocuments(), config.rateLimits());
        List<String> gaps = new java.util.ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            String at = entry.getKey().toUpperCase() + " " + path.getKey();
            if (operation.path("operationId").asText("").isEmpty()) {
                gaps.add(at + ": no operationId");
            }
            if (operation.path("summary").asText("").isBlank() || operation.path("description").asText("").isBlank()
                    || operation.path("tags").isEmpty()) {
                gaps.add(at + ": no summary, description or tag");
            }
            boolean typedSuccess = false;
            for (var response : (Iterable<Map.Entry<String, JsonNode>>) operation.path("responses")::fields) {
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (status.startsWith("2")) {
                    typedSuccess |= status.equals("204") || content.elements().hasNext()
                            && content.elements().next().has("schema");
                    content.fields().forEachRemaining(media -> {
                        if (!exemplified(contract, media.getValue())) {
                            gaps.add(at + ": " + status + " " + media.getKey() + " has no example");
                        }
                    });
                } else if (!status.startsWith("3") && !content.has("application/problem+json")) {
                    gaps.add(at + ": " + status + " is not problem+json");
                }
            }
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!exemplified(contract, media.getValue())) {
                    gaps.add(at + ": request body " + media.getKey() + " has no example");
                }
            });
            if (!typedSuccess) {
                gaps.add(at + ": no typed success response");
            }
            JsonNode security = operation.path("security");
            if (!security.isArray()) {
                gaps.add(at + ": security not declared");
            } else if (!security.isEmpty() && (!operation.has("x-roles")
                    || security.get(0).path("keycloak").size() != 0)) {
                gaps.add(at + ": roles must be in x-roles, not scopes");
            }
        }));
        assertThat(gaps).isEmpty();
    }

    /**
     * A JSON Schema pattern searches the value, so one that means "the whole value" is anchored;
     * only {@code \S} (not blank: a non-space somewhere) is a search by intent.
     */
    @Test
    void everyPatternMatchesWholeValues() throws Exception {
        List<String> patterns = new java.util.ArrayList<>();
        ContractMerger.merge(serviceDocuments(), config.rateLimits()).findValues("pattern").forEach(pattern -> {
            if (pattern.isTextual()) {
                patterns.add(pattern.asText());
            }
        });
        assertThat(patterns).isNotEmpty().allSatisfy(pattern -> assertThat(pattern)
                .satisfiesAnyOf(p -> assertThat(p).startsWith("^").endsWith("$"), p -> assertThat(p).isEqualTo("\\S")));
    }

    /**
     * An example on the media type, or on the schema it names (a page's or list's: on its items'),
     * which documentation renderers show and Redocly checks against the schema.
     */
    private static boolean exemplified(JsonNode contract, JsonNode media) {
        if (media.has("example") || media.has("examples")) {
            return true;
        }
        JsonNode schema = media.path("schema");
        if ("binary".equals(schema.path("format").asText())) {
            return true; // a PDF: no example says more than the media type
        }
        while (true) {
            if (schema.has("$ref")) {
                schema = contract.at(schema.path("$ref").asText().substring(1));
            } else if (schema.has("example") || schema.has("examples")) {
                return true;
            } else if (schema.path("items").isObject()) {
                schema = schema.path("items");
            } else if (schema.path("properties").path("items").isObject()) {
                schema = schema.path("properties").path("items");
            } else {
                return false;
            }
        }
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
