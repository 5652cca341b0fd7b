package org.scorats.conference.conventions.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.scorats.conference.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** What the last-resort mapper makes of errors that are not ours. */
class UnexpectedErrorsTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aClientThatHungUpMidBodyIsNoInternalError() {
        Response answer = mappers.unexpected(new IllegalStateException("body", new HttpClosedException("Connection was closed")), null);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Problem) answer.getEntity()).code()).isEqualTo("request-incomplete");
    }

    @Test
    void aProblemWrappedOnItsWayOutIsStillThatProblem() {
        Response answer = mappers.unexpected(new RuntimeException(ProblemException.notFound("Talk", "t-1")), null);

        assertThat(answer.getStatus()).isEqualTo(404);
    }

    @Test
    void anythingElseIsA500WithAnErrorIdAndNoDetailOfOurs() {
        Response answer = mappers.unexpected(new NullPointerException("secret internals"), null);

        assertThat(answer.getStatus()).isEqualTo(500);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.detail()).doesNotContain("secret").doesNotContain("NullPointer");
        assertThat(problem.extensions()).containsKey("errorId");
    }
}
