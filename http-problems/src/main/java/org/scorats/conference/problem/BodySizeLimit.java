package org.scorats.conference.problem;

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
    private final ProblemReplies replies;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ProblemReplies replies) {
        this.maxBytes = maxBodySize.asLongValue();
        this.replies = replies;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isTooLarge(length)) {
                Problem problem = Problem.of(413, "payload-too-large", StatusProblems.titleOf(413),
                        "The body may be at most " + maxBytes + " bytes", context.request().path(), List.of(), Map.of());
                context.response().endHandler(done -> context.request().connection().close());
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                replies.send(context.response(), problem);
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
}
