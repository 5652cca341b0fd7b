package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.HealthContract;

@QuarkusTest
class HealthTest extends HealthContract {
}
