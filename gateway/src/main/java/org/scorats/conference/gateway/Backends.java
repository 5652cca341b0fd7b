package org.scorats.conference.gateway;

import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of each service, from Stork's service discovery (a static list by default;
 * Kubernetes or DNS by configuration), in round-robin order. An instance that refused a
 * connection sits out for {@code gateway.eject-for}; when all of a service's instances sit out,
 * all are tried again rather than none.
 */
@ApplicationScoped
public class Backends {

    public record Backend(String host, int port, boolean secure) {

        public String origin() {
            return (secure ? "https://" : "http://") + host + ":" + port;
        }
    }

    private final GatewayConfig config;
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    private final Map<Backend, Instant> ejectedUntil = new ConcurrentHashMap<>();

    Backends(GatewayConfig config) {
        this.config = config;
    }

    /** Every instance, the next in turn first and those sitting out last. */
    public Uni<List<Backend>> inTurn(String service) {
        return Stork.getInstance().getService(service).getInstances().map(instances -> {
            int start = Math.floorMod(turns.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(),
                    Math.max(1, instances.size()));
            List<Backend> healthy = new ArrayList<>();
            List<Backend> resting = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < instances.size(); i++) {
                Backend backend = of(instances.get((start + i) % instances.size()));
                (ejectedUntil.getOrDefault(backend, Instant.MIN).isAfter(now) ? resting : healthy).add(backend);
            }
            healthy.addAll(resting);
            return healthy;
        });
    }

    public void failed(Backend backend) {
        ejectedUntil.put(backend, Instant.now().plus(config.ejectFor()));
    }

    public void answered(Backend backend) {
        ejectedUntil.remove(backend);
    }

    private static Backend of(ServiceInstance instance) {
        return new Backend(instance.getHost(), instance.getPort(), instance.isSecure());
    }
}
