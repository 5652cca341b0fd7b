package org.scorats.conference.conventions;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every error of the service under test is RFC 9457 problem+json. Extend it in a
 * {@code @QuarkusTest}.
 */
public abstract class ProblemDetailsContract {

    /** A bearer token that may POST to {@link #jsonEndpoint()}. */
    protected abstract String token();

    private RequestSpecification authorized() {
        return given().auth().oauth2(token());
    }

    /** A path that takes a JSON object by POST. */
    protected abstract String jsonEndpoint();

    /** Well-formed JSON that fails the endpoint's validation at {@link #invalidField()}. */
    protected abstract String invalidBody();

    protected abstract String invalidField();

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        problem(authorized().contentType("application/json").body("{\"name\": ").post(jsonEndpoint()), 400)
                .body("code", equalTo("malformed-json"));
    }

    @Test
    void aValidationFailureNamesTheField() {
        problem(authorized().contentType("application/json").body(invalidBody()).post(jsonEndpoint()), 400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(invalidField()));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        problem(authorized().contentType("application/json").body("{\"noSuchField\": 1}").post(jsonEndpoint()), 400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("noSuchField"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        problem(given().get("/api/v1/no-such-resource"), 404).body("code", equalTo("not-found"));
        problem(given().get("/no-such-page"), 404).body("code", equalTo("not-found"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        problem(authorized().contentType("text/plain").body("hello").post(jsonEndpoint()), 415)
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void aRequestWithoutTokenIsUnauthorized() {
        problem(given().contentType("application/json").body(invalidBody()).post(jsonEndpoint()), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void expiredAndForeignTokensAreUnauthorized() {
        problem(given().auth().oauth2(TestTokens.expired("someone", Set.of("admin")))
                .contentType("application/json").body(invalidBody()).post(jsonEndpoint()), 401);
        problem(given().auth().oauth2(TestTokens.fromOtherIssuer("someone", Set.of("admin")))
                .contentType("application/json").body(invalidBody()).post(jsonEndpoint()), 401);
    }

    /**
     * A body announced larger than the limit is refused before it is read: the request is sent
     * as headers only, as a client waiting for {@code 100 Continue} would, and the answer read back.
     */
    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String answer = announcedBody(jsonEndpoint(), token(), "application/json", 64L * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer).contains("\"code\":\"payload-too-large\"");
    }

    /**
     * The answer to a POST whose body is announced at {@code length} bytes but not sent, as a
     * client waiting for {@code 100 Continue} would: a refusal comes before the body is read, and
     * the connection is closed after it.
     */
    public static String announcedBody(String path, String token, String contentType, long length) throws IOException {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + length + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    protected static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:conference:problem:"))
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }
}
