package org.scorats.conference.conventions.paging;

import org.scorats.conference.conventions.problem.ProblemException;

/**
 * Which page a client asks for: at most {@code limit} items after {@code cursor} (null: from the
 * start). The cursor stays opaque here: only the list's repository knows its sort keys, and reads
 * the cursor with its {@link SortKeys}.
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** From the {@code limit} and {@code cursor} query parameters, as the client sent them. */
    public static PageRequest of(Integer limit, String cursor) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Repositories fetch one row more than the page holds: its presence says a next page exists. */
    public int lookahead() {
        return limit + 1;
    }
}
