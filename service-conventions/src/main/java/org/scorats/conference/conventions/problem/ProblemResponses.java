package org.scorats.conference.conventions.problem;

import jakarta.ws.rs.core.Response;
import org.scorats.conference.problem.Problem;

/** Builds the one shape of error response every service answers with. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
