package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.ProgramRelease;

import java.time.Instant;

@Schema(name = "ProgramRelease")
public record ReleaseView(String conferenceId, int number, String comment, Instant publishedAt) {

    public static ReleaseView of(ProgramRelease r) {
        return new ReleaseView(r.key.conferenceId, r.key.number, r.comment, r.publishedAt);
    }
}
