package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.OutboxContract;

@QuarkusTest
class OutboxTest extends OutboxContract {
}
