package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.OutboxContract;

@QuarkusTest
class OutboxTest extends OutboxContract {
}
