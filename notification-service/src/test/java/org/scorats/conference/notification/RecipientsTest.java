package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.ParticipantProjectionContract;
import org.scorats.conference.conventions.projection.ParticipantProjection;
import org.scorats.conference.notification.domain.Recipient;

@QuarkusTest
class RecipientsTest extends ParticipantProjectionContract {

    @Override
    protected Class<? extends ParticipantProjection> projection() {
        return Recipient.class;
    }
}
