package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.HealthContract;

@QuarkusTest
class HealthTest extends HealthContract {
}
