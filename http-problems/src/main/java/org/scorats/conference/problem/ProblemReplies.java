package org.scorats.conference.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers with a problem from a Vert.x route, where no REST error mapper runs (the gateway, early refusals). */
@ApplicationScoped
public class ProblemReplies {

    private final ObjectMapper json;

    ProblemReplies(ObjectMapper json) {
        this.json = json;
    }

    public void send(HttpServerResponse response, Problem problem) {
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset(); // too late for a status: the client sees a broken response, not a wrong one
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(write(problem));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
