package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.InboxContract;

@QuarkusTest
class InboxTest extends InboxContract {
}
