package org.scorats.conference.gateway;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.http.HttpClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's readiness names every routed service and how many of its instances answer their
 * liveness check: DOWN for a service none of whose instances answers.
 */
@ApplicationScoped
public class ServiceReachability {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Backends backends;
    private final GatewayConfig config;
    private final HttpClient client;

    ServiceReachability(Backends backends, GatewayConfig config, Vertx vertx) {
        this.backends = backends;
        this.config = config;
        this.client = new io.vertx.mutiny.core.Vertx(vertx).createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) PROBE_TIMEOUT.toMillis()));
    }

    void register(@Observes StartupEvent startup, @Readiness HealthRegistry readiness) {
        Set<String> services = new LinkedHashSet<>();
        config.routes().forEach(route -> services.add(route.service()));
        services.forEach(service -> readiness.register(service, (AsyncHealthCheck) () -> probe(service)));
    }

    private Uni<HealthCheckResponse> probe(String service) {
        return backends.inTurn(service)
                .flatMap(instances -> Multi.createFrom().iterable(instances)
                        .onItem().transformToUniAndMerge(this::answers)
                        .collect().asList()
                        .map(answers -> response(service, instances.size(), answers)))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(service).down()
                        .withData("error", failure.toString()).build());
    }

    private Uni<Boolean> answers(Backends.Backend backend) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(backend.host())
                        .setPort(backend.port()).setSsl(backend.secure()).setURI("/q/health/live")
                        .setIdleTimeout(PROBE_TIMEOUT.toMillis()))
                .flatMap(request -> request.send())
                .flatMap(response -> response.body().map(body -> response.statusCode() == 200))
                .onFailure().recoverWithItem(false);
    }

    private static HealthCheckResponse response(String service, int instances, List<Boolean> answers) {
        long reachable = answers.stream().filter(Boolean::booleanValue).count();
        return HealthCheckResponse.named(service)
                .status(reachable > 0)
                .withData("instances", instances)
                .withData("reachable", reachable)
                .build();
    }
}
