package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.ProblemDetailsContract;
import org.scorats.conference.conventions.TestTokens;

@QuarkusTest
class ProblemDetailsTest extends ProblemDetailsContract {

    @Override
    protected String token() {
        return TestTokens.partner("CIS-ATC");
    }

    @Override
    protected String jsonEndpoint() {
        return "/api/v1/webhook-subscriptions";
    }

    @Override
    protected String invalidBody() {
        return "{\"url\": \"https://partner.example/hooks\", \"eventTypes\": []}";
    }

    @Override
    protected String invalidField() {
        return "eventTypes";
    }
}
