package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.ParticipantProjectionContract;
import org.scorats.conference.conventions.projection.ParticipantProjection;

@QuarkusTest
class ParticipantDirectoryTest extends ParticipantProjectionContract {

    @Override
    protected Class<? extends ParticipantProjection> projection() {
        return DirectoryEntry.class;
    }
}
