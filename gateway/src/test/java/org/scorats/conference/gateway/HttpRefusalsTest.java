package org.scorats.conference.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers to requests no well-behaved client sends, sent over a plain socket since
 * HTTP clients refuse to send them: each refusal is a problem, and a path is forwarded only in the
 * form its permissions were checked on.
 */
@QuarkusTest
class HttpRefusalsTest {

    private static final String TOKEN = TestTokens.organizer();

    @Test
    void aPathIsForwardedInTheFormItsPermissionsWereCheckedOn() throws IOException {
        String answer = send("GET /api/v1/rooms/../participants/7 HTTP/1.1\r\nAuthorization: Bearer " + TOKEN + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("X-Backend: registration-")
                .contains("\"uri\":\"/api/v1/participants/7\"");

        // Public as written (under /program), not once resolved: refused, never forwarded.
        assertThat(send("GET /api/v1/conferences/c/program/../participants HTTP/1.1\r\n"))
                .startsWith("HTTP/1.1 401").contains("application/problem+json");
    }

    @Test
    void controlCharactersInThePathOrQueryAreRefusedByName() throws IOException {
        assertThat(send("GET /api/v1/conferences/%00/program HTTP/1.1\r\n"))
                .startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"path\"")
                .contains("U+0000");
        assertThat(send("GET /api/v1/conferences/c/participants?q=a%E2%80%AEb HTTP/1.1\r\nAuthorization: Bearer " + TOKEN + "\r\n"))
                .startsWith("HTTP/1.1 400").contains("\"field\":\"q\"").contains("bidirectional");
        assertThat(send("GET /api/v1/conferences/c/program?lang=%C3%28 HTTP/1.1\r\n"))
                .startsWith("HTTP/1.1 400").contains("\"field\":\"lang\"").contains("UTF-8");
    }

    @Test
    void aLongRequestLineOrLargeHeadersAreProblems() throws IOException {
        assertThat(send("GET /api/v1/conferences/c/program?x=" + "a".repeat(9_000) + " HTTP/1.1\r\n"))
                .startsWith("HTTP/1.1 414").contains("application/problem+json").contains("\"code\":\"uri-too-long\"");
        assertThat(send("GET /api/v1/conferences/c/program HTTP/1.1\r\nX-Padding: " + "b".repeat(20_000) + "\r\n"))
                .startsWith("HTTP/1.1 431").contains("application/problem+json").contains("\"code\":\"header-fields-too-large\"");
    }

    @Test
    void aControlCharacterInAHeaderValueIsRefusedByName() throws IOException {
        assertThat(send("GET /api/v1/conferences/c/program HTTP/1.1\r\nX-Note: a\u0085b\r\n"))
                .startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"header X-Note\"");
    }

    private static String send(String head) throws IOException {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = head + "Host: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
