package org.scorats.conference.problem;

/**
 * One failing field of a request.
 *
 * @param field the JSON path of the field in the request body (e.g. {@code participants[3].email}),
 *              or the name of the query or path parameter
 */
public record FieldError(String field, String message) {
}
