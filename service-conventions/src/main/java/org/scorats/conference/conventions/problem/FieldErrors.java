package org.scorats.conference.conventions.problem;

import org.scorats.conference.problem.FieldError;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the failures of checks that bean validation cannot express (one field against another,
 * a value against stored data), so the client learns of all of them in one answer.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /**
     * A list that names an entry twice (a speaker, a language, an event type) would be stored, shown and
     * notified twice: a slip of the client's, refused rather than silently merged.
     */
    public FieldErrors checkDistinct(Collection<?> values, String field, String message) {
        return check(values == null || new HashSet<>(values).size() == values.size(), field, message);
    }

    /** Bean validation's violations, with paths as a client writes them. */
    public static List<FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /**
     * {@code create.request.participants[3].email} becomes {@code participants[3].email}: the method and
     * body parameter names mean nothing to a client. A parameter without further path (a query or
     * path parameter) keeps its own name.
     */
    static String fieldPath(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        field.append(field.isEmpty() ? "" : ".").append(name);
                    }
                }
            }
        }
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field.toString();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "Request is not valid",
                    errors.size() + " field(s) failed validation", errors, null);
        }
    }
}
