package org.scorats.conference.conventions;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * Liveness, readiness and wellness as operators see them: readiness is the database alone, so a
 * broker outage keeps every instance in rotation (the outbox holds the events); the broker and the
 * outbox backlog are reported as wellness. The broker stopped under load is the end-to-end tests' case.
 */
public abstract class HealthContract {

    @Test
    void readyOnTheDatabaseWithTheBrokerAndTheOutboxReportedAsWellness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("kafka")))
                .body("checks.name", not(hasItem("outbox")));
        given().get("/q/health/well").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka", "outbox"))
                .body("checks.find { it.name == 'kafka' }.data.nodes", equalTo(1));
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("outbox_oldest_unsent_age_seconds"));
    }
}
