package org.scorats.conference.conventions;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signed bearer tokens shaped like Keycloak's (roles in {@code realm_access.roles}, a partner's
 * organization in {@code organization}), which the services verify with the test public key.
 * Several identities in one test, and the real token checks on every request.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/conference";
    public static final String AUDIENCE = "conference-api";
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String admin() {
        return token("admin-1", Set.of("admin"), Map.of());
    }

    public static String organizer() {
        return token("organizer-1", Set.of("organizer"), Map.of());
    }

    /** A door device's service account. */
    public static String door() {
        return token("service-account-door-device", Set.of("door"), Map.of());
    }

    public static String partner(String organizationCode) {
        return token("service-account-" + organizationCode.toLowerCase(), Set.of("partner"),
                Map.of("organization", organizationCode));
    }

    /** A delegate whose account verified the email {@link #emailOf}{@code (subject)}. */
    public static String delegate(String subject) {
        return token(subject, Set.of("delegate"), Map.of("email", emailOf(subject), "email_verified", true));
    }

    /** A delegate whose account has an email the identity provider has not verified. */
    public static String delegateUnverified(String subject) {
        return token(subject, Set.of("delegate"), Map.of("email", emailOf(subject), "email_verified", false));
    }

    /** The email of a test delegate's account. */
    public static String emailOf(String subject) {
        return subject.toLowerCase(java.util.Locale.ROOT) + "@accounts.example.org";
    }

    /** A token with no platform role at all. */
    public static String noRole(String subject) {
        return token(subject, Set.of(), Map.of());
    }

    public static String token(String subject, Set<String> roles, Map<String, Object> claims) {
        return builder(subject, roles, claims).expiresIn(300).sign(KEY);
    }

    public static String expired(String subject, Set<String> roles) {
        return builder(subject, roles, Map.of())
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign(KEY);
    }

    public static String fromOtherIssuer(String subject, Set<String> roles) {
        return builder(subject, roles, Map.of()).issuer("https://elsewhere.example/realms/conference")
                .expiresIn(300).sign(KEY);
    }

    /** A token of another API: right issuer and key, wrong audience. */
    public static String forOtherAudience(String subject, Set<String> roles) {
        return builder(subject, roles, Map.of()).audience("some-other-api").expiresIn(300).sign(KEY);
    }

    /** Right claims, signed with a key that is not the realm's. */
    public static String signedByStranger(String subject, Set<String> roles) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder(subject, roles, Map.of()).expiresIn(300).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String subject, Set<String> roles, Map<String, Object> claims) {
        var builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)));
        claims.forEach(builder::claim);
        return builder;
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("/test-tokens/private-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("Test signing key missing", e);
        }
    }
}
