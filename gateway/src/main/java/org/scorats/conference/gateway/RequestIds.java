package org.scorats.conference.gateway;

import io.vertx.core.MultiMap;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an {@code X-Request-Id} and a W3C {@code traceparent} from the gateway on:
 * the client's if it sent valid ones, new ones otherwise.
 */
final class RequestIds {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    static void ensure(MultiMap headers) {
        String requestId = headers.get(Proxy.REQUEST_ID);
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            headers.set(Proxy.REQUEST_ID, UUID.randomUUID().toString());
        }
        String traceparent = headers.get(Proxy.TRACEPARENT);
        if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
            headers.set(Proxy.TRACEPARENT, "00-" + hex(16) + "-" + hex(8) + "-01");
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
