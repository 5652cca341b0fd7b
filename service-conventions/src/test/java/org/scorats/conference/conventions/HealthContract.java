package org.scorats.conference.conventions;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Liveness and readiness as operators see them; readiness covers the database, Kafka and the outbox. */
public abstract class HealthContract {

    @Test
    void liveAndReadyWithTheDatabaseKafkaAndTheOutboxChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check", "outbox"));
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("outbox_oldest_unsent_age_seconds"));
    }
}
