package org.scorats.conference.conventions.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorats.conference.conventions.problem.ProblemException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Idempotency-Key} on creates: the first request with a key runs; a retry with the same key
 * and body gets the same answer without running again; the same key with another body is refused
 * with 422. Keys belong to the caller and expire after a day.
 *
 * <p>What is kept is the answer's status and {@code Location}, not its body: a body may hold what
 * must not lie around in clear for a day (a passport number, a webhook secret shown once). A
 * replay reads the created resource again, as its creator may see it now.
 *
 * <p>The key row is inserted in the create's own transaction, which {@link #once} opens (the
 * service's create joins it): a concurrent retry blocks on the row until the first commits (then
 * replays) or rolls back (then runs itself). It is the one place outside the service layer that
 * declares a transaction, because the key and the create must commit together.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final SecretKeySpec fingerprintKey;

    /**
     * @param sealingKey the service's key for sealed data: bodies are fingerprinted with an HMAC
     *                   under a key derived from it, so a database reader cannot confirm a guess
     *                   of a passport number from a fingerprint. A service that seals nothing has
     *                   no key, and no such data in its bodies.
     */
    IdempotencyKeys(EntityManager entityManager, ObjectMapper json,
                    @ConfigProperty(name = "conference.sealing-key") Optional<String> sealingKey) {
        this.entityManager = entityManager;
        this.json = json;
        this.fingerprintKey = sealingKey.map(k -> new SecretKeySpec(sha256("idempotency-fingerprint".getBytes(
                StandardCharsets.UTF_8), Base64.getDecoder().decode(k.trim())), "HmacSHA256")).orElse(null);
    }

    /**
     * @param key       the header's value; null runs {@code create} without protection
     * @param operation what is being created, e.g. {@code POST /api/v1/conferences}
     * @param request   the parsed body; its JSON form is what "the same body" means
     * @param create    performs the create and answers with a 2xx response carrying a JSON entity and
     *                  a {@code Location} whose last segment is the new resource's id
     * @param read      reads the resource by that id, as the resource's GET answers (for a replay)
     */
    @Transactional
    public Response once(String key, String caller, String operation, Object request, Supplier<Response> create,
                         Function<String, Response> read) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(operation, request);
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (caller, key, fingerprint, created_at) VALUES (:caller, :key, :fingerprint, now())
                        ON CONFLICT DO NOTHING""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(caller, key, fingerprint, read);
        }
        Response response = create.get();
        entityManager.createNativeQuery("""
                        UPDATE idempotency_key SET status = :status, location = :location
                        WHERE caller = :caller AND key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
        return response;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldKeys() {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < :before")
                .setParameter("before", Instant.now().minus(KEPT_FOR))
                .executeUpdate();
    }

    private Response replay(String caller, String key, String fingerprint, Function<String, Response> read) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT fingerprint, status, location FROM idempotency_key WHERE caller = :caller AND key = :key""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        if (row[2] == null) {
            throw new IllegalStateException("Idempotent create " + key + " recorded no Location to replay from");
        }
        URI location = URI.create((String) row[2]);
        String path = location.getPath();
        Response current = read.apply(path.substring(path.lastIndexOf('/') + 1));
        Response.ResponseBuilder replay = Response.status((Integer) row[1])
                .header(REPLAYED_HEADER, "true")
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .location(location)
                .entity(current.getEntity());
        if (current.getEntityTag() != null) {
            replay.tag(current.getEntityTag());
        }
        return replay.build();
    }

    private String fingerprint(String operation, Object request) {
        byte[] operationBytes = operation.getBytes(StandardCharsets.UTF_8);
        byte[] body = toJson(request).getBytes(StandardCharsets.UTF_8);
        if (fingerprintKey == null) {
            return HexFormat.of().formatHex(sha256(operationBytes, new byte[]{0}, body));
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(fingerprintKey);
            hmac.update(operationBytes);
            hmac.update((byte) 0);
            return HexFormat.of().formatHex(hmac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass() + " as JSON", e);
        }
    }
}
