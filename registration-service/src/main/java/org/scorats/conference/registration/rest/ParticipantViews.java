package org.scorats.conference.registration.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.repository.ConferenceRepository;

/** Participants as the caller may see them, in their conference's time zone. */
@ApplicationScoped
public class ParticipantViews {

    private final ConferenceRepository conferences;
    private final Caller caller;

    ParticipantViews(ConferenceRepository conferences, Caller caller) {
        this.conferences = conferences;
        this.caller = caller;
    }

    public ParticipantView of(Participant p) {
        return ParticipantView.of(p, conferences.require(p.conferenceId).zone(), caller.isOrganizer());
    }

    /** The participant with its ETag. */
    public Response.ResponseBuilder ok(Participant p) {
        return Response.ok(of(p)).tag(EntityVersions.etag(p.version));
    }
}
