package org.scorats.conference.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document, served as {@code application/problem+json}.
 *
 * @param type       a URN naming the kind of problem, {@code urn:conference:problem:<code>}
 * @param code       the same kind as a stable, machine-readable word clients switch on
 * @param instance   the request path that failed
 * @param errors     for validation problems, every failing field
 * @param extensions further members particular to the problem (e.g. the items that clash)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:conference:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String code, String title, String detail, String instance,
                             List<FieldError> errors, Map<String, Object> extensions) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, instance, code, errors, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
