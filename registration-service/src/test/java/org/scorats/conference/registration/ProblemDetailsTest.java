package org.scorats.conference.registration;

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
        return "/api/v1/organizations";
    }

    @Override
    protected String invalidBody() {
        return "{\"code\": \"cis atc\", \"name\": {\"en\": \"CIS Anti-Terrorism Center\"}, \"kind\": \"international-organization\"}";
    }

    @Override
    protected String invalidField() {
        return "code";
    }
}
