package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.ProgramRelease;

import java.time.Instant;

@Schema(name = "ProgramRelease", example = """
        {"conferenceId": "sco-rats-2024", "number": 2, "comment": "Session III moved to the small hall",
         "publishedAt": "2024-08-28T09:15:00Z"}""")
public record ReleaseView(String conferenceId, int number, String comment, Instant publishedAt) {

    public static ReleaseView of(ProgramRelease r) {
        return new ReleaseView(r.key.conferenceId, r.key.number, r.comment, r.publishedAt);
    }
}
