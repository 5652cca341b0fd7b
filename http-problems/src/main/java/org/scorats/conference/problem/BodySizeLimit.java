package org.scorats.conference.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a body announced larger than the path allows with a 413 problem. Quarkus refuses a body
 * larger than {@code quarkus.http.limits.max-body-size} itself, before any resource sees it, with
 * an empty body; this route runs just ahead of that check so the refusal reads like every other
 * error. The connection is closed, as the unread body would otherwise follow.
 *
 * <p>Most paths take small JSON bodies: {@code conference.http.body-limit} holds them to less than
 * Quarkus's limit where a service raises that for file uploads, which only the paths of
 * {@code conference.http.upload-paths} ({@code *} one segment) may send. A body sent in chunks,
 * without a length, is held to Quarkus's limit alone.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own check runs at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private final long uploadMaxBytes;
    private final long maxBytes;
    private final Optional<Pattern> uploadPaths;
    private final ProblemReplies replies;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                  @ConfigProperty(name = "conference.http.body-limit") Optional<MemorySize> bodyLimit,
                  @ConfigProperty(name = "conference.http.upload-paths") Optional<List<String>> uploadPaths,
                  ProblemReplies replies) {
        this.uploadMaxBytes = maxBodySize.asLongValue();
        this.maxBytes = Math.min(uploadMaxBytes, bodyLimit.map(MemorySize::asLongValue).orElse(uploadMaxBytes));
        this.uploadPaths = uploadPaths.map(BodySizeLimit::pattern);
        this.replies = replies;
    }

    /** One expression for all upload paths: {@code /api/v1/talks/* /materials} and the like. */
    static Pattern pattern(List<String> paths) {
        return Pattern.compile(String.join("|", paths.stream()
                .map(path -> Pattern.quote(path.strip()).replace("*", "\\E[^/]+\\Q")).toList()));
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long allowed = limitFor(context.request().path());
            if (length != null && isLarger(length, allowed)) {
                Problem problem = Problem.of(413, "payload-too-large", StatusProblems.titleOf(413),
                        "The body may be at most " + allowed + " bytes", context.request().path(), List.of(), Map.of());
                context.response().endHandler(done -> context.request().connection().close());
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                replies.send(context.response(), problem);
            } else {
                context.next();
            }
        });
    }

    long limitFor(String path) {
        return uploadPaths.isPresent() && path != null && uploadPaths.get().matcher(path).matches() ? uploadMaxBytes : maxBytes;
    }

    private static boolean isLarger(String contentLength, long allowed) {
        try {
            return Long.parseLong(contentLength.trim()) > allowed;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
