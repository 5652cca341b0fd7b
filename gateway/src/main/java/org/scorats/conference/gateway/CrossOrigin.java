package org.scorats.conference.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.scorats.conference.problem.ProblemReplies;
import org.scorats.conference.problem.StatusProblems;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS at the gateway, two policies: the published program's public reads from any origin
 * ({@code Access-Control-Allow-Origin: *}, no credentials: every frontend may show the program),
 * everything else from the frontends in {@code gateway.cors.origins} only, their origin echoed with
 * {@code Vary: Origin} so no cache hands one origin's answer to another. A cross-origin request
 * from any other origin is refused with 403 before authentication, as browsers expect.
 *
 * <p>Quarkus's CORS filter knows one policy for all paths; this filter replaces it, running before
 * authentication (priority above it), so refusals such as 401 carry the headers a browser needs to
 * read them.
 */
@ApplicationScoped
class CrossOrigin {

    /** Above Quarkus's authentication (200) and authorization (100) filters. */
    private static final int PRIORITY = 400;
    private static final String PUBLIC_METHODS = "GET, HEAD";

    private final GatewayConfig.Cors config;
    private final ProblemReplies problems;
    private final Set<String> allowedHeaders;

    CrossOrigin(GatewayConfig config, ProblemReplies problems) {
        this.config = config.cors();
        this.problems = problems;
        this.allowedHeaders = this.config.headers().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.equals(request.scheme() + "://" + request.authority())) {
            context.next(); // not cross-origin
            return;
        }
        HttpServerResponse response = context.response();
        String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean preflight = "OPTIONS".equals(request.method().name()) && asked != null;
        boolean publicRead = PublicReads.covers(preflight ? asked : request.method().name(), context.normalizedPath());
        if (publicRead) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else if (config.origins().contains(origin)) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.putHeader(HttpHeaders.VARY, "Origin");
        } else {
            response.putHeader(HttpHeaders.VARY, "Origin");
            problems.send(response, StatusProblems.of(403, "Calls from origin " + origin + " are not allowed here; "
                    + "only the published program is open to any origin", request.path()));
            return;
        }
        if (!preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(",", config.exposedHeaders()));
            context.next();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, publicRead ? PUBLIC_METHODS : String.join(", ", config.methods()));
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowed(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)));
        response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(config.maxAge().toSeconds()));
        response.setStatusCode(200).end();
    }

    /** Of the headers a preflight asks for, those allowed. */
    private String allowed(String requested) {
        if (requested == null) {
            return String.join(",", config.headers());
        }
        List<String> granted = Arrays.stream(requested.split(",")).map(String::trim)
                .filter(h -> allowedHeaders.contains(h.toLowerCase(Locale.ROOT))).toList();
        return String.join(",", granted);
    }
}
