package org.scorats.conference.conventions.problem;

import org.scorats.conference.problem.Problem;
import org.scorats.conference.problem.FieldError;

import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on. Services throw it (or use the factories) and the one error
 * mapper turns it into problem+json; no service writes error responses by hand.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String title, String detail,
                            List<FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation-failed", "Request is not valid", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null, null);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, null, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null, null);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable request", detail, null, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem(String instance) {
        return Problem.of(status, code, title, getMessage(), instance, errors, extensions);
    }
}
