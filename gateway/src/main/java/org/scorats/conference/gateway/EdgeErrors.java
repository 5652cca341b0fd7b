package org.scorats.conference.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.scorats.conference.problem.Problem;
import org.scorats.conference.problem.ProblemReplies;
import org.scorats.conference.problem.StatusProblems;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Refusals made at the edge (no token, a bad token, a missing role, an unknown path) read like
 * every service's errors: problem+json, never an empty body or an HTML page.
 */
@ApplicationScoped
public class EdgeErrors {

    private static final Logger LOG = Logger.getLogger(EdgeErrors.class);

    private final ProblemReplies problems;

    EdgeErrors(ProblemReplies problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        Throwable failure = context.failure();
        int status = failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException ? 401
                : failure instanceof ForbiddenException ? 403
                : context.statusCode() > 0 ? context.statusCode() : 500;
        String path = context.request().path();
        if (status == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            problems.send(context.response(), StatusProblems.of(401, "A valid bearer token from the conference's Keycloak is required", path));
        } else if (status == 403) {
            problems.send(context.response(), StatusProblems.of(403, "The token's roles do not allow this request", path));
        } else if (status < 500) {
            problems.send(context.response(), StatusProblems.of(status, null, path));
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected error %s on %s", errorId, path);
            problems.send(context.response(), Problem.of(500, "internal-error", "Internal error",
                    "The request failed in the gateway; quote errorId when reporting it", path, List.of(),
                    Map.of("errorId", errorId)));
        }
    }
}
