package org.scorats.conference.conventions.http;

import jakarta.ws.rs.core.EntityTag;
import org.scorats.conference.conventions.problem.ProblemException;

/**
 * ETags are the entity's version: strong, so {@code If-Match} can compare them (RFC 9110 compares
 * If-Match strongly; a weak tag never matches).
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a write whose {@code If-Match} names none of the current version; no header means the
     * client takes the last-writer-wins risk itself.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The resource changed since it was read (current ETag "
                + current + "); read it again and repeat the change");
    }

    /** {@code If-Match}, even {@code *}, never matches something that does not exist (RFC 9110, 13.1.1). */
    public static void refuseIfMatchOnMissing(String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw ProblemException.preconditionFailed("If-Match was given but the resource does not exist");
        }
    }
}
