package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.HealthContract;

@QuarkusTest
class HealthTest extends HealthContract {
}
