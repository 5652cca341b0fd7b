package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.InboxContract;

@QuarkusTest
class InboxTest extends InboxContract {
}
