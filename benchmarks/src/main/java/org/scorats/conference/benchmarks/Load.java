package org.scorats.conference.benchmarks;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;

/** What the simulations share: how they reach the platform and the two workload models. */
final class Load {

    private Load() {
    }

    /**
     * One connection pool for all virtual users, as a frontend server or partner system keeps one:
     * otherwise each virtual user opens its own connection and the handshakes are what gets measured.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty("bench.url")).acceptHeader("application/json").shareConnections();
    }

    /**
     * Open ({@code bench.rate} arrivals per second, whatever the answers do: for latency) or closed
     * ({@code bench.clients} clients, each sending its next request when the last is answered: for
     * throughput).
     */
    static PopulationBuilder population(ScenarioBuilder scenario, Duration duration) {
        String rate = System.getProperty("bench.rate");
        return rate != null
                ? scenario.injectOpen(constantUsersPerSec(Double.parseDouble(rate)).during(duration))
                : scenario.injectClosed(constantConcurrentUsers(Integer.getInteger("bench.clients")).during(duration));
    }
}
