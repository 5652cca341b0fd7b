package org.scorats.conference.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.scorats.conference.problem.ProblemReplies;
import org.scorats.conference.problem.StatusProblems;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Forwards {@code /api/v1/...} to the instance of the owning service whose turn it is, streaming
 * bodies both ways. A refused connection moves on to the next instance (nothing was sent yet, so
 * any method may be retried), and so does a read that an instance broke off before answering (a
 * GET or HEAD changes nothing; a write that broke off is the client's 502, to retry as documented);
 * a service that answers nothing within
 * {@code gateway.response-timeout} gives the client 504, one with no reachable instance 503, both
 * as problems.
 *
 * <p>Written on Vert.x's HTTP client rather than vertx-http-proxy: the retry across instances, the
 * bounded wait and the header rules below are the point of a gateway, and they are simpler said
 * directly than through that library's interceptors.
 */
@ApplicationScoped
public class Proxy {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    private static final Logger LOG = Logger.getLogger(Proxy.class);
    /** Hop-by-hop headers (RFC 9110, 7.6.1) and Host: they describe one connection, not the message. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final RouteTable routes;
    private final Backends backends;
    private final RateLimiter rateLimiter;
    private final ProblemReplies problems;
    private final GatewayConfig config;
    private final PublicReadCache cache;
    private final HttpClient client;

    /** A public read the cache covers: its key, and the stale copy to revalidate if there is one. */
    private record CachedRead(String key, PublicReadCache.Copy stale) {
    }

    Proxy(RouteTable routes, Backends backends, RateLimiter rateLimiter, ProblemReplies problems, GatewayConfig config,
          PublicReadCache cache, Vertx vertx) {
        this.routes = routes;
        this.backends = backends;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.config = config;
        this.cache = cache;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true), new PoolOptions()
                .setHttp1MaxSize(config.connectionsPerInstance())
                .setMaxWaitQueueSize(config.queuedPerInstance()));
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").handler(this::forward);
    }

    void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause(); // the body waits until an instance accepted the connection
        RequestIds.ensure(request.headers());
        context.response().putHeader(REQUEST_ID, request.getHeader(REQUEST_ID));
        CachedRead read = null;
        if (PublicReadCache.covers(context)) {
            String key = PublicReadCache.key(context);
            PublicReadCache.Copy copy = cache.get(key).orElse(null);
            long now = System.nanoTime();
            if (copy != null && copy.freshAt(now)) {
                // Costs nothing downstream, so it spends no rate limit either.
                request.resume();
                PublicReadCache.answer(context, copy, "hit", now);
                return;
            }
            read = new CachedRead(key, copy);
        }
        if (!rateLimiter.admit(context)) {
            return;
        }
        // The path the permissions were checked on is the path routed and forwarded: never the raw one,
        // whose dot segments or encodings a service could resolve to somewhere else.
        String service = routes.serviceFor(context.normalizedPath()).orElse(null);
        if (service == null) {
            problems.send(context.response(), StatusProblems.of(404, "No service answers this path", request.path()));
            return;
        }
        CachedRead cached = read;
        backends.inTurn(service).subscribe().with(
                candidates -> attempt(context, service, candidates, 0, cached),
                failure -> unavailable(context, service, failure));
    }

    private void attempt(RoutingContext context, String service, List<Backends.Backend> candidates, int index,
                         CachedRead read) {
        if (index >= candidates.size()) {
            unavailable(context, service, null);
            return;
        }
        Backends.Backend backend = candidates.get(index);
        HttpServerRequest in = context.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.secure())
                .setURI(in.query() == null ? context.normalizedPath() : context.normalizedPath() + "?" + in.query())
                .setIdleTimeout(config.responseTimeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.succeeded() && context.response().closed()) {
                // The client gave up while this waited for a connection: nobody would read the answer.
                connected.result().reset();
                return;
            }
            if (connected.failed() && connected.cause() instanceof ConnectionPoolTooBusyException) {
                busy(context, service);
                return;
            }
            if (connected.failed()) {
                LOG.debugf("%s instance %s refused: %s", service, backend.origin(), connected.cause());
                backends.failed(backend);
                attempt(context, service, candidates, index + 1, read);
                return;
            }
            HttpClientRequest out = connected.result();
            copyHeaders(in.headers(), out.headers());
            forwardedHeaders(in, out.headers());
            if (read != null) {
                // The client's own If-None-Match is answered against the copy; the service is asked about the copy's.
                out.headers().remove(HttpHeaders.IF_NONE_MATCH).remove(HttpHeaders.IF_MODIFIED_SINCE);
                if (read.stale() != null) {
                    out.headers().set(HttpHeaders.IF_NONE_MATCH, read.stale().etag());
                }
            }
            boolean hasBody = in.headers().contains(HttpHeaders.CONTENT_LENGTH) || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
            (hasBody ? out.send(in) : out.send()).onComplete(answered -> {
                if (answered.failed() && readAgain(in, answered.cause()) && index + 1 < candidates.size()
                        && !context.response().headWritten()) {
                    // The instance broke off before answering (killed, restarting): a read changes nothing, so
                    // another instance is asked; a write is not repeated behind the client's back.
                    LOG.debugf("%s instance %s broke off a read, asking the next: %s", service, backend.origin(), answered.cause());
                    attempt(context, service, candidates, index + 1, read);
                } else if (answered.failed()) {
                    failed(context, service, answered.cause());
                } else {
                    backends.answered(backend);
                    if (read == null) {
                        relay(context, answered.result(), backend);
                    } else {
                        keepOrRelay(context, service, answered.result(), read);
                    }
                }
            });
            if (!hasBody && !in.isEnded()) {
                // A read asked again of the next instance was read to its end by the first attempt.
                in.resume();
            }
        });
    }

    /** A read the instance broke off (not one it was too slow for: that is the client's 504). */
    private static boolean readAgain(HttpServerRequest in, Throwable cause) {
        return (in.method() == HttpMethod.GET || in.method() == HttpMethod.HEAD) && !(cause instanceof TimeoutException);
    }

    private void relay(RoutingContext context, HttpClientResponse answer, Backends.Backend backend) {
        if (answer.statusCode() < 300) {
            PublicReads.changedProgram(context.request().method().name(), context.normalizedPath()).ifPresent(cache::forget);
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        copyHeaders(answer.headers(), response.headers());
        String location = answer.getHeader(HttpHeaders.LOCATION);
        if (location != null && location.startsWith(backend.origin())) {
            response.putHeader(HttpHeaders.LOCATION, gatewayOrigin(context.request()) + location.substring(backend.origin().length()));
        }
        if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response).onFailure(broken -> LOG.debugf("Response from %s broke off: %s", backend.origin(), broken));
    }

    /** A public read's answer: kept and answered from the copy when it may be kept, else passed on as it came. */
    private void keepOrRelay(RoutingContext context, String service, HttpClientResponse answer, CachedRead read) {
        answer.body().onComplete(body -> {
            if (body.failed()) {
                failed(context, service, body.cause());
                return;
            }
            long now = System.nanoTime();
            if (answer.statusCode() == 304 && read.stale() != null) {
                PublicReadCache.answer(context, cache.revalidated(read.key(), read.stale(), answer.headers(), now),
                        "revalidated", now);
                return;
            }
            PublicReadCache.Copy kept = answer.statusCode() == 200
                    ? cache.store(read.key(), answer.headers(), body.result(), now).orElse(null) : null;
            if (kept != null) {
                PublicReadCache.answer(context, kept, "miss", now);
                return;
            }
            HttpServerResponse response = context.response();
            response.setStatusCode(answer.statusCode());
            copyHeaders(answer.headers(), response.headers());
            response.headers().remove(HttpHeaders.CONTENT_LENGTH);
            response.end(body.result());
        });
    }

    private void failed(RoutingContext context, String service, Throwable cause) {
        if (cause instanceof TimeoutException) {
            problems.send(context.response(), StatusProblems.of(504, service + " did not answer within "
                    + config.responseTimeout().toSeconds() + " s", context.request().path()));
        } else {
            LOG.debugf("%s failed mid-request: %s", service, cause);
            problems.send(context.response(), StatusProblems.of(502, service + " broke off the exchange",
                    context.request().path()));
        }
    }

    /** Every connection to the instance is busy and enough requests wait for one: come back in a second. */
    private void busy(RoutingContext context, String service) {
        context.response().putHeader("Retry-After", "1");
        problems.send(context.response(), StatusProblems.of(503, service + " is busy; try again in a second",
                context.request().path()));
    }

    private void unavailable(RoutingContext context, String service, Throwable cause) {
        if (cause != null) {
            LOG.warnf("No instances of %s: %s", service, cause);
        }
        problems.send(context.response(), StatusProblems.of(503, service + " is not reachable; try again shortly",
                context.request().path()));
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static void forwardedHeaders(HttpServerRequest in, MultiMap headers) {
        String client = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        String earlier = in.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        headers.set("X-Forwarded-Proto", in.scheme());
        headers.set("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
    }

    private static String gatewayOrigin(HttpServerRequest in) {
        return in.scheme() + "://" + in.authority();
    }
}
