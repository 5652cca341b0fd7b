package org.scorats.conference.conventions.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What every operation of every service documents the same way, so no resource has to repeat it
 * and a generated client gets it everywhere:
 *
 * <ul>
 *   <li>every error it can answer, as {@code application/problem+json} with the {@code Problem}
 *   schema: 400 (a parameter, header or body refused), 401 and 403 when it is secured, 404 when
 *   its path names something, 413 and 415 when it takes a body, 429 with {@code Retry-After} (the
 *   gateway's rate limit) and 503 (a service unreachable behind the gateway); errors a resource
 *   documents itself (409, 412, 422) keep their description and get the content;</li>
 *   <li>security as OpenID Connect without pretending roles are scopes: the roles go to
 *   {@code x-roles}, public operations say {@code security: []};</li>
 *   <li>the operations every service shares (its dead letters, its audit trail) named after the
 *   service whose path they are on ({@code listAgendaDeadLetters}, {@code listRegistrationAuditEntries}),
 *   so operationIds stay unique in the merged contract.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractConventions implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String ROLES_EXTENSION = "x-roles";
    private static final List<String> SHARED = List.of("/api/v1/dead-letters/", "/api/v1/audit/");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            qualifySharedOperationId(path, operation);
            boolean secured = moveRolesOutOfScopes(operation);
            documentErrors(operation, path.contains("{"), secured, method == PathItem.HttpMethod.POST
                    || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH);
        }));
    }

    /** {@code listDeadLetters} on {@code /api/v1/dead-letters/agenda} becomes {@code listAgendaDeadLetters}. */
    private static void qualifySharedOperationId(String path, Operation operation) {
        String id = operation.getOperationId();
        String shared = SHARED.stream().filter(path::startsWith).findFirst().orElse(null);
        if (shared == null || id == null) {
            return;
        }
        String area = path.substring(shared.length()).split("/")[0];
        int verbEnd = 0;
        while (verbEnd < id.length() && Character.isLowerCase(id.charAt(verbEnd))) {
            verbEnd++;
        }
        operation.setOperationId(id.substring(0, verbEnd) + area.substring(0, 1).toUpperCase(Locale.ROOT)
                + area.substring(1) + id.substring(verbEnd));
    }

    /** @return whether the operation needs a token */
    private static boolean moveRolesOutOfScopes(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            operation.setSecurity(new ArrayList<>()); // public: security: []
            return false;
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> withoutScopes = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                if (scheme.getValue() != null) {
                    roles.addAll(scheme.getValue());
                }
                plain.addScheme(scheme.getKey(), List.of());
            }
            withoutScopes.add(plain);
        }
        operation.setSecurity(withoutScopes);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, List.copyOf(roles));
        }
        return true;
    }

    private static void documentErrors(Operation operation, boolean namesSomething, boolean secured, boolean takesBody) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        error(responses, "400", "A parameter, header or the body was refused; the problem names it");
        if (secured) {
            error(responses, "401", "No valid token");
            error(responses, "403", "The token's roles do not allow this operation");
        }
        if (namesSomething) {
            error(responses, "404", "Not found, or not the caller's to see");
        }
        if (takesBody && operation.getRequestBody() != null) {
            error(responses, "413", "The body is too large");
            error(responses, "415", "The body is not JSON");
        }
        error(responses, "429", "Too many requests from this client; retry after the seconds in Retry-After")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        error(responses, "503", "The service behind the gateway cannot be reached; retry shortly");
        // What a resource documented itself (409, 412, 422, ...) gets the problem content too.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblem(response);
            }
        });
    }

    private static APIResponse error(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        return withProblem(response);
    }

    private static APIResponse withProblem(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || !content.getMediaTypes().containsKey(PROBLEM_MEDIA_TYPE)) {
            response.content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
        }
        return response;
    }

    /** RFC 9457 problem details as this platform answers them (http-problems' Problem). */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text).required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; code is a stable word clients switch on, errors name each "
                        + "refused field. Some problems add members, e.g. conflicts.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of("urn:conference:problem:validation-failed")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("validation-failed")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status", "code"))
                .additionalPropertiesBoolean(true);
    }
}
