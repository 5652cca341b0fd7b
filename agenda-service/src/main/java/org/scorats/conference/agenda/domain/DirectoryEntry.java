package org.scorats.conference.agenda.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.projection.ParticipantProjection;

import java.util.Set;

/** A registered participant as this service knows them: speakers link here for names, organization and language. */
@Entity
@Table(name = "participant_directory")
public class DirectoryEntry extends ParticipantProjection {

    /** Registrations of people who are coming (or came): who rates sessions, and whose marks fill rooms. */
    public static final Set<String> ATTENDING = Set.of("approved", "checked-in");
}
