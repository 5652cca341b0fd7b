package org.scorats.conference.benchmarks;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One GET, again and again: closed (a fixed number of clients, each sending its next request when
 * the last is answered, for throughput) or open (a fixed arrival rate whatever the answers do, for
 * latency). Set by system properties: {@code bench.url}, {@code bench.path}, {@code bench.status},
 * {@code bench.clients} or {@code bench.rate}, {@code bench.seconds}, optional {@code bench.token},
 * {@code bench.ifNoneMatch}.
 */
public class HttpGetSimulation extends Simulation {

    public HttpGetSimulation() {
        Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        HttpProtocolBuilder protocol = Load.protocol();
        HttpRequestActionBuilder get = http("GET " + System.getProperty("bench.path")).get(System.getProperty("bench.path"))
                .check(status().is(Integer.getInteger("bench.status", 200)));
        String etag = System.getProperty("bench.ifNoneMatch");
        if (etag != null) {
            get = get.header("If-None-Match", etag);
        }
        String token = System.getProperty("bench.token");
        if (token != null) {
            get = get.header("Authorization", "Bearer " + token);
        }
        setUp(Load.population(scenario("reads").exec(get), duration)).protocols(protocol).maxDuration(duration);
    }
}
