package org.scorats.conference.conventions.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem. Quarkus refuses such a request itself, before any resource sees it, with an empty
 * body; this route runs just ahead of that check so the refusal reads like every other error.
 * The connection is closed, as the unread body would otherwise follow.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own check runs at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private final long maxBytes;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isTooLarge(length)) {
                Problem problem = Problem.of(413, "payload-too-large", ProblemResponses.titleOf(413),
                        "The body may be at most " + maxBytes + " bytes", context.request().path(), List.of(), Map.of());
                context.response().endHandler(done -> context.request().connection().close());
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
            } else {
                context.next();
            }
        });
    }

    private boolean isTooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
