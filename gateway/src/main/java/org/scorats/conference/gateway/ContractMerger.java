package org.scorats.conference.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the OpenAPI documents the services store at build time into the platform's one contract:
 * every path of every service, marked with the service that answers it ({@code x-service}), the
 * servers set to the gateway, and schema names that must not collide. The result is committed as
 * {@code docs/openapi.yaml}, served by the gateway, and compared with a fresh merge by a test, so
 * every change to the public API shows in review.
 */
public final class ContractMerger {

    public static final String SERVICE_EXTENSION = "x-service";
    private static final String UUID_PATTERN = "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ContractMerger() {
    }

    /**
     * @param documents each service's OpenAPI document (JSON), by service name
     * @param limits    the gateway's rate limits, stated in the contract for client developers
     */
    public static ObjectNode merge(Map<String, JsonNode> documents, GatewayConfig.RateLimits limits) {
        ObjectNode contract = JSON.createObjectNode();
        contract.put("openapi", "3.1.0");
        ObjectNode info = contract.putObject("info");
        info.put("title", "SCO RATS conference platform API");
        info.put("version", "1.0");
        info.put("description", "One contract for the conference platform, served by the gateway. Every path is "
                + "answered by the service named in x-service; clients never need to know which.\n\n" + describe(limits));
        info.set("x-rate-limits", rateLimits(limits));
        contract.putArray("servers").addObject().put("url", "/").put("description", "The gateway");

        TreeMap<String, JsonNode> paths = new TreeMap<>();
        TreeMap<String, JsonNode> schemas = new TreeMap<>();
        TreeMap<String, JsonNode> securitySchemes = new TreeMap<>();
        TreeMap<String, JsonNode> tags = new TreeMap<>();
        List<String> collisions = new ArrayList<>();

        Map<String, String> operationIds = new TreeMap<>();
        new TreeMap<>(documents).forEach((service, document) -> {
            document.path("paths").fields().forEachRemaining(path -> {
                ObjectNode item = path.getValue().deepCopy();
                item.put(SERVICE_EXTENSION, service);
                if (paths.putIfAbsent(path.getKey(), item) != null) {
                    collisions.add("path " + path.getKey() + " is served by two services");
                }
                // Generated clients name their methods after operationIds: one name, one operation.
                item.fields().forEachRemaining(operation -> {
                    String id = operation.getValue().path("operationId").asText(null);
                    String at = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    if (id != null && operationIds.putIfAbsent(id, at) != null) {
                        collisions.add("operationId " + id + " names both " + operationIds.get(id) + " and " + at);
                    }
                });
            });
            union(document.path("components").path("schemas"), schemas, "schema", service, collisions);
            union(document.path("components").path("securitySchemes"), securitySchemes, "security scheme", service, collisions);
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
        });
        if (!collisions.isEmpty()) {
            throw new IllegalStateException("The services' contracts collide: " + String.join("; ", collisions));
        }
        ArrayNode tagList = contract.putArray("tags");
        tags.values().forEach(tagList::add);
        contract.set("paths", JSON.valueToTree(paths));
        ObjectNode components = contract.putObject("components");
        components.set("schemas", JSON.valueToTree(schemas));
        components.set("securitySchemes", JSON.valueToTree(securitySchemes));
        anchorUuids(contract);
        return contract;
    }

    /**
     * A JSON Schema pattern searches the value: the unanchored UUID pattern smallrye writes for the
     * items of a {@code List<UUID>} would accept text around a UUID, which the services refuse.
     */
    private static void anchorUuids(JsonNode node) {
        if (node instanceof ObjectNode object && "uuid".equals(object.path("format").asText()) && object.has("pattern")) {
            object.put("pattern", UUID_PATTERN);
        }
        node.forEach(ContractMerger::anchorUuids);
    }

    private static String describe(GatewayConfig.RateLimits limits) {
        return "Rate limits, per token bucket at the gateway (over a limit: 429 with Retry-After): signed-in callers "
                + describe(limits.authenticated()) + " each, by token subject; anonymous calls "
                + describe(limits.anonymous()) + " per client address; partner systems an allowance of their own by OAuth "
                + "client. Public reads of the published program answered from the gateway's cache (X-Cache: hit) spend "
                + "none; revalidate them with If-None-Match.";
    }

    private static String describe(GatewayConfig.Limit limit) {
        return perSecond(limit) + " requests a second, bursts of " + limit.burst();
    }

    /** The same limits for programs: {@code {authenticated: {perSecond, burst}, anonymous: {...}}}. */
    private static ObjectNode rateLimits(GatewayConfig.RateLimits limits) {
        ObjectNode node = JSON.createObjectNode();
        node.set("authenticated", limit(limits.authenticated()));
        node.set("anonymous", limit(limits.anonymous()));
        return node;
    }

    private static ObjectNode limit(GatewayConfig.Limit limit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("perSecond", new BigDecimal(perSecond(limit)));
        node.put("burst", limit.burst());
        return node;
    }

    private static String perSecond(GatewayConfig.Limit limit) {
        return BigDecimal.valueOf(limit.perSecond()).stripTrailingZeros().toPlainString();
    }

    /** Equal definitions under one name are one definition; different ones are a collision. */
    private static void union(JsonNode definitions, Map<String, JsonNode> into, String kind, String service,
                              List<String> collisions) {
        definitions.fields().forEachRemaining(definition -> {
            JsonNode earlier = into.putIfAbsent(definition.getKey(), definition.getValue());
            if (earlier != null && !earlier.equals(definition.getValue())) {
                collisions.add(kind + " " + definition.getKey() + " differs in " + service);
            }
        });
    }

    public static String toYaml(JsonNode contract) {
        try {
            return YAML.writeValueAsString(JSON.treeToValue(contract, Object.class));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the contract as YAML", e);
        }
    }

    public static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }
}
