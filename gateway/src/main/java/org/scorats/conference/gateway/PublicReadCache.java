package org.scorats.conference.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published program's public reads, kept at the gateway as agenda-service's answers allow a
 * shared cache to keep them ({@code Cache-Control: max-age}, with an ETag), so a frontend's server
 * behind one address can read the program hundreds of times a second without reaching
 * agenda-service or spending its rate limit. A fresh copy is answered at once ({@code X-Cache:
 * hit}); a stale one is revalidated with its ETag ({@code revalidated} on 304, {@code miss} when a
 * new release came). Clients' own {@code If-None-Match} is answered here against the copy.
 *
 * <p>Keyed by host (schedule.json's links are built on it), path, query, Accept-Language and
 * Accept (the answers vary by them); a release published through this gateway drops the
 * conference's copies. At most {@code gateway.public-cache.max-entries}, least recently used
 * first out. Answers carrying cookies or {@code no-store}/{@code private}, or larger than
 * {@code max-entry-size}, are passed through and not kept.
 */
@ApplicationScoped
public class PublicReadCache {

    public static final String X_CACHE = "X-Cache";
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-maxage|max-age)=(\\d{1,9})");
    /** Headers that describe the representation, kept with it; the rest belong to one exchange. */
    private static final Set<String> KEPT = Set.of("content-type", "content-language", "content-disposition", "etag",
            "cache-control", "vary", "last-modified", "content-encoding");

    /** A kept answer: its headers and body, and until when it may be answered without asking agenda-service. */
    record Copy(MultiMap headers, Buffer body, String etag, long storedAt, long freshUntil) {

        boolean freshAt(long nanos) {
            return nanos < freshUntil;
        }

        Copy revalidatedAt(long nanos, long maxAgeNanos) {
            return new Copy(headers, body, etag, nanos, nanos + maxAgeNanos);
        }
    }

    private final int maxEntries;
    private final long maxEntrySize;
    private final Map<String, Copy> copies;

    PublicReadCache(GatewayConfig config) {
        this.maxEntries = config.publicCache().maxEntries();
        this.maxEntrySize = config.publicCache().maxEntrySize().asLongValue();
        this.copies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Whether this request is a public read this cache answers: GET without a token on the published program. */
    static boolean covers(RoutingContext context) {
        HttpServerRequest request = context.request();
        return "GET".equals(request.method().name()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && PublicReads.covers(context.normalizedPath());
    }

    static String key(RoutingContext context) {
        HttpServerRequest request = context.request();
        return request.authority() + " " + context.normalizedPath() + "?" + (request.query() == null ? "" : request.query())
                + " " + normalized(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) + " " + normalized(request.getHeader(HttpHeaders.ACCEPT));
    }

    private static String normalized(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * A change to a conference's program went through this gateway (a release published): its copies
     * go at once rather than when their max-age is over. Other gateway instances keep theirs until then.
     *
     * @param program the program's path, {@code /api/v1/conferences/<id>/program}
     */
    synchronized void forget(String program) {
        copies.keySet().removeIf(key -> key.contains(" " + program + "?") || key.contains(" " + program + "/"));
    }

    synchronized Optional<Copy> get(String key) {
        return Optional.ofNullable(copies.get(key));
    }

    /**
     * Keeps a 200 if its headers allow a shared cache to; returns it as kept, or empty when it may
     * not be kept (then it is passed through as it came).
     */
    Optional<Copy> store(String key, MultiMap headers, Buffer body, long nanos) {
        long maxAge = maxAgeNanos(headers);
        String etag = headers.get(HttpHeaders.ETAG);
        if (maxAge < 0 || etag == null || headers.contains(HttpHeaders.SET_COOKIE) || body.length() > maxEntrySize) {
            return Optional.empty();
        }
        MultiMap kept = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (KEPT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(header.getKey(), header.getValue());
            }
        });
        Copy copy = new Copy(kept, body, etag, nanos, nanos + maxAge);
        put(key, copy);
        return Optional.of(copy);
    }

    /** agenda-service answered 304 to the copy's ETag: fresh again for the max-age it now states. */
    Copy revalidated(String key, Copy stale, MultiMap headers, long nanos) {
        long maxAge = Math.max(0, maxAgeNanos(headers));
        Copy copy = stale.revalidatedAt(nanos, maxAge);
        put(key, copy);
        return copy;
    }

    private synchronized void put(String key, Copy copy) {
        copies.put(key, copy);
    }

    /** Answers from the copy: 304 if the client has it (If-None-Match), else 200 with the body. */
    static void answer(RoutingContext context, Copy copy, String outcome, long nanos) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        response.headers().addAll(copy.headers());
        response.putHeader("Age", Long.toString(Math.max(0, (nanos - copy.storedAt()) / 1_000_000_000L)));
        response.putHeader(X_CACHE, outcome);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), copy.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(200).end(copy.body());
        }
    }

    /** RFC 9110 13.1.2: a weak comparison of each listed tag, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** How long a shared cache may keep the answer, or -1 if it may not. */
    private static long maxAgeNanos(MultiMap headers) {
        String control = headers.get(HttpHeaders.CACHE_CONTROL);
        if (control == null) {
            return -1;
        }
        String lower = control.toLowerCase(Locale.ROOT);
        if (lower.contains("no-store") || lower.contains("private") || lower.contains("no-cache")) {
            return -1;
        }
        Matcher maxAge = MAX_AGE.matcher(lower);
        return maxAge.find() ? Long.parseLong(maxAge.group(1)) * 1_000_000_000L : -1;
    }
}
