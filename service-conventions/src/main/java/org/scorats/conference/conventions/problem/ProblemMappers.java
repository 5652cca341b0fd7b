package org.scorats.conference.conventions.problem;

import org.scorats.conference.problem.StatusProblems;
import org.scorats.conference.problem.Problem;
import org.scorats.conference.problem.FieldError;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one error mapper of the platform: every exception that leaves a resource becomes an
 * RFC 9457 problem. Unexpected failures are logged with an opaque id that the client sees, so
 * support can find the stack trace without the client ever seeing it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return internalError(e, uri);
        }
        List<FieldError> errors = FieldErrors.of(e.getConstraintViolations());
        return ProblemResponses.of(Problem.of(400, "validation-failed", "Request is not valid",
                errors.size() + " field(s) failed validation", path(uri), errors, Map.of()));
    }

    /** Named for MismatchedInputException too: Quarkus has a built-in mapper for it that answers plain JSON. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return internalError(e, uri); // our mapping is wrong, not the client's JSON
        }
        FieldError error = JsonRefusals.fieldError(e);
        if (error == null) {
            return ProblemResponses.of(Problem.of(400, "malformed-json", "Malformed JSON", malformed(e), path(uri),
                    List.of(), Map.of()));
        }
        return ProblemResponses.of(Problem.of(400, "validation-failed", "Request is not valid",
                error.field() + ": " + error.message(), path(uri), List.of(error), Map.of()));
    }

    private static String malformed(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            boolean list = Collection.class.isAssignableFrom(mismatch.getTargetType()) || mismatch.getTargetType().isArray();
            return "The request body must be a JSON " + (list ? "array" : "object") + " as documented for this operation";
        }
        JsonLocation at = e.getLocation();
        return "The request body is not well-formed JSON" + (at == null ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri); // how Quarkus REST reports a body it could not parse
        }
        if (e.getCause() instanceof ProblemException refused) {
            return problem(refused, uri); // a parameter that did not parse (TypedParameters)
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.of(
                StatusProblems.of(status, detailOf(status), path(uri))));
        // Keep what the client needs to retry correctly, e.g. Allow on 405.
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(StatusProblems.of(401,
                        "A valid bearer token is required", path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(StatusProblems.of(403,
                "The token's roles do not allow this request", path(uri)));
    }

    /** Two writers raced past our checks into a constraint; the loser may simply retry. */
    @ServerExceptionMapper
    public Response constraintRace(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf(e, "Constraint %s refused a write", e.getConstraintName());
        return ProblemResponses.of(Problem.of(409, "conflict", "Conflict",
                "The change collided with a concurrent one; read the resource again and retry", path(uri),
                List.of(), Map.of()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(409, "concurrent-modification", "Conflict",
                "Someone else changed the resource at the same time; read it again and retry", path(uri),
                List.of(), Map.of()));
    }

    /**
     * Anything else. A known cause wrapped on its way out (a commit that failed on a constraint
     * arrives as a rollback) is still answered as what it is.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                // The client went away while its body was read (a load generator's timeout, a closed
                // tab): nothing failed on our side, and nobody is left to read the answer.
                LOG.debugf("Connection closed while reading the request to %s", path(uri));
                return ProblemResponses.of(Problem.of(400, "request-incomplete", "Request incomplete",
                        "The connection closed before the request arrived whole", path(uri), List.of(), Map.of()));
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException race) {
                return constraintRace(race, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return concurrentUpdate((RuntimeException) cause, uri);
            }
        }
        return internalError(e, uri);
    }

    private Response internalError(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return ProblemResponses.of(Problem.of(500, "internal-error", "Internal error",
                "The request failed on our side; quote errorId when reporting it", path(uri), List.of(),
                Map.of("errorId", errorId)));
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "The request's Content-Type is not accepted here";
            default -> null; // the framework's messages may name Java types; the status says enough
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
