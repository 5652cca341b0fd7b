package org.scorats.conference.gateway;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.scorats.conference.problem.ProblemReplies;
import org.scorats.conference.problem.StatusProblems;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: per token subject, per address for anonymous calls, with limits of
 * their own for the partner systems named in configuration (by their OAuth client id). Over the
 * limit, 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets refill continuously; {@code tokens} may be fractional. */
    static final class Bucket {
        private final GatewayConfig.Limit limit;
        private double tokens;
        private long refilledAt;

        Bucket(GatewayConfig.Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.refilledAt = now;
        }

        /** @return 0 if the request may pass, else the whole seconds until it would */
        synchronized long take(long nowNanos) {
            tokens = Math.min(limit.burst(), tokens + (nowNanos - refilledAt) / 1e9 * limit.perSecond());
            refilledAt = nowNanos;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
        }

        synchronized boolean isFullAt(long nowNanos) {
            return tokens + (nowNanos - refilledAt) / 1e9 * limit.perSecond() >= limit.burst();
        }
    }

    private final GatewayConfig.RateLimits limits;
    private final ProblemReplies problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config, ProblemReplies problems) {
        this.limits = config.rateLimits();
        this.problems = problems;
    }

    /** @return whether the request may go on; if not, the 429 has been sent */
    public boolean admit(RoutingContext context) {
        long now = System.nanoTime();
        Client client = clientOf(context);
        long waitSeconds = buckets.computeIfAbsent(client.key(), k -> new Bucket(client.limit(), now)).take(now);
        if (waitSeconds == 0) {
            return true;
        }
        context.response().putHeader("Retry-After", Long.toString(waitSeconds));
        problems.send(context.response(), StatusProblems.of(429, "Too many requests from this client; retry in "
                + waitSeconds + " s", context.request().path()));
        return false;
    }

    /** Forgets clients whose buckets are full again: they owe nothing, and the map must not grow without end. */
    @Scheduled(every = "1m")
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }

    private record Client(String key, GatewayConfig.Limit limit) {
    }

    private Client clientOf(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                String clientId = token.getClaim("azp");
                if (clientId != null && limits.clients().containsKey(clientId)) {
                    return new Client("client:" + clientId, limits.clients().get(clientId));
                }
                return new Client("subject:" + token.getSubject(), limits.authenticated());
            }
            return new Client("subject:" + identity.getPrincipal().getName(), limits.authenticated());
        }
        var address = context.request().remoteAddress();
        return new Client("address:" + (address == null ? "unknown" : address.hostAddress()), limits.anonymous());
    }
}
