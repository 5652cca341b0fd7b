package org.scorats.conference.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any route or resource reads it, a request whose address or headers no client of
 * this API sends: a request line longer than {@value #MAX_URI_LENGTH} characters (414), headers
 * larger than {@value #MAX_HEADER_BYTES} bytes together (431), broken percent-encoding, or a
 * control character, bidirectional control or lone surrogate in the path, a query parameter or a
 * header (400 naming which). Each answer is a problem like every other error, and nothing is logged:
 * an anonymous caller cannot fill the logs with them.
 *
 * <p>Netty, under Vert.x, refuses some requests before any route runs, with a bare status: its
 * line and header limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * are set well above the ones here so that what a client plausibly sends is answered here, in the
 * API's own shape. Netty still refuses, bare, header names or values holding control characters
 * and anything beyond its own limits; Quarkus offers no hook into that refusal.
 */
@ApplicationScoped
public class RequestScreen {

    public static final int MAX_URI_LENGTH = 8192;
    public static final int MAX_HEADER_BYTES = 16384;

    /** Ahead of the body size check (-3) and of Quarkus's own handlers. */
    private static final int FIRST = -4;

    private final ProblemReplies replies;

    RequestScreen(ProblemReplies replies) {
        this.replies = replies;
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            Problem refusal = refusal(context.request().uri(), context.request().headers());
            if (refusal == null) {
                context.next();
            } else {
                replies.send(context.response(), refusal);
            }
        });
    }

    /** Why a request with this request-target and these headers is refused, or null if it is not. */
    public static Problem refusal(String uri, Iterable<Map.Entry<String, String>> headers) {
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String path = rawPath.length() > 200 ? rawPath.substring(0, 200) + "..." : rawPath;
        if (uri.length() > MAX_URI_LENGTH) {
            return Problem.of(414, "uri-too-long", "URI too long",
                    "The request's path and query may be at most " + MAX_URI_LENGTH + " characters", path, List.of(), Map.of());
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : headers) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
            String problem = UnsafeText.problem(header.getValue().replace('\t', ' '), false);
            if (problem != null) {
                return invalid(path, "header " + header.getKey(), problem);
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return Problem.of(431, "header-fields-too-large", "Request header fields too large",
                    "The request's headers may be at most " + MAX_HEADER_BYTES + " bytes together", path, List.of(), Map.of());
        }
        String pathProblem = decodedProblem(rawPath);
        if (pathProblem != null) {
            return invalid(path, "path", pathProblem);
        }
        if (question >= 0) {
            for (String parameter : uri.substring(question + 1).split("&")) {
                Problem problem = parameterProblem(path, parameter);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static Problem parameterProblem(String path, String parameter) {
        int equals = parameter.indexOf('=');
        String rawName = equals < 0 ? parameter : parameter.substring(0, equals);
        String name = decode(rawName);
        String nameProblem = name == null ? "is not valid percent-encoded UTF-8" : UnsafeText.problem(name, false);
        if (nameProblem != null) {
            return invalid(path, "query", "a parameter name " + nameProblem);
        }
        String valueProblem = equals < 0 ? null : decodedProblem(parameter.substring(equals + 1));
        return valueProblem == null ? null : invalid(path, name, valueProblem);
    }

    private static String decodedProblem(String raw) {
        String decoded = decode(raw);
        return decoded == null ? "is not valid percent-encoded UTF-8" : UnsafeText.problem(decoded, false);
    }

    /** Percent-decodes strictly: a broken escape or bytes that are not UTF-8 give null, not replacement characters. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static Problem invalid(String path, String field, String message) {
        return Problem.of(400, "invalid-characters", "Request is not valid", field + ": " + message, path,
                List.of(new FieldError(field, message)), Map.of());
    }
}
