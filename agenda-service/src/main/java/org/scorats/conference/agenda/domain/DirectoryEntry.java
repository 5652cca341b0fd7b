package org.scorats.conference.agenda.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.projection.ParticipantProjection;

import java.util.Set;

/** A registered participant as this service knows them: speakers link here for names, organization and language. */
@Entity
@Table(name = "participant_directory")
public class DirectoryEntry extends ParticipantProjection {

    /** Registrations that no longer take part, besides deleted ones. */
    public static final Set<String> ENDED = Set.of("withdrawn", "rejected");

    /** Still coming: a speaker linked here may be given talks and chairs. */
    public boolean takingPart() {
        return !deleted && !ENDED.contains(status);
    }
}
