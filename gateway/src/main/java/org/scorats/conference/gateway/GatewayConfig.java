package org.scorats.conference.gateway;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Which service answers which paths; the first route whose pattern matches wins. */
    List<Route> routes();

    /** How long to wait for a connection to an instance before trying the next one. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent (no headers, no body bytes) before the client gets 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** How long an instance that refused a connection is left out of the rotation. */
    @WithDefault("15s")
    Duration ejectFor();

    /** Connections the gateway keeps open to each instance of a service. */
    @WithDefault("50")
    int connectionsPerInstance();

    /**
     * Requests that may wait for one of those connections; beyond them the client gets 503 with
     * Retry-After at once instead of a place in a queue it would time out in.
     */
    @WithDefault("200")
    int queuedPerInstance();

    RateLimits rateLimits();

    /** Browser frontends' calls (see {@link CrossOrigin}); the published program is open to any origin. */
    Cors cors();

    /** The published program's public reads kept at the gateway (see {@link PublicReadCache}). */
    PublicCache publicCache();

    interface Cors {

        /** Frontends whose pages may call the rest of the API, e.g. {@code https://app.example.org}. */
        List<String> origins();

        List<String> methods();

        List<String> headers();

        List<String> exposedHeaders();

        @WithDefault("1h")
        Duration maxAge();
    }

    interface PublicCache {

        /** Distinct reads kept (conference, export, language, host); the least recently used go first. */
        @WithDefault("256")
        int maxEntries();

        /** Larger answers are passed through, not kept. */
        @WithDefault("2M")
        MemorySize maxEntrySize();
    }

    interface Route {

        /** Path segments; {@code *} matches one segment, a final {@code **} any number. */
        String path();

        /** The Stork service name: its instances come from Stork's service discovery. */
        String service();
    }

    interface RateLimits {

        /** Per token subject. */
        Limit authenticated();

        /** Per client address, for requests without a token. */
        Limit anonymous();

        /** Per OAuth client id ({@code azp}), for partner systems that sync in bulk. */
        Map<String, Limit> clients();
    }

    interface Limit {

        /** Sustained requests per second. */
        double perSecond();

        /** Requests allowed at once above the sustained rate. */
        int burst();
    }
}
