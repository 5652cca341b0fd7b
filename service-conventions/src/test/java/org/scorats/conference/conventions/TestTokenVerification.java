package org.scorats.conference.conventions;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Makes the application under test verify tokens the way it verifies Keycloak's, but against the
 * test key pair that {@link TestTokens} signs with: no identity server needed, and every check
 * (signature, issuer, expiry, audience) still made.
 */
public class TestTokenVerification implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                // no discovery: the key above is all there is to know
                "quarkus.oidc.auth-server-url", "");
    }

    @Override
    public void stop() {
    }

    private static String publicKey() {
        try (InputStream pem = TestTokenVerification.class.getResourceAsStream("/test-tokens/public-key.pem")) {
            return new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
