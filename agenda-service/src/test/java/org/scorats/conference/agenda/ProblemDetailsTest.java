package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.ProblemDetailsContract;
import org.scorats.conference.conventions.TestTokens;

@QuarkusTest
class ProblemDetailsTest extends ProblemDetailsContract {

    @Override
    protected String token() {
        return TestTokens.organizer();
    }

    @Override
    protected String jsonEndpoint() {
        return "/api/v1/rooms";
    }

    @Override
    protected String invalidBody() {
        return "{\"conferenceId\": \"sco-rats-2024\", \"name\": {\"en\": \"Plenary hall\"}, \"capacity\": 0, \"interpretation\": []}";
    }

    @Override
    protected String invalidField() {
        return "capacity";
    }
}
