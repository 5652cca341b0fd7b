package org.scorats.conference.registration.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.service.ConferenceService;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Participants as the caller may see them, in their conference's time zone. */
@RequestScoped
public class ParticipantViews {

    private final ConferenceService conferences;
    private final Caller caller;
    /** Zones already looked up in this request: a page of participants shares one conference. */
    private final Map<String, ZoneId> zones = new HashMap<>();

    ParticipantViews(ConferenceService conferences, Caller caller) {
        this.conferences = conferences;
        this.caller = caller;
    }

    public ParticipantView of(Participant p) {
        return ParticipantView.of(p, zones.computeIfAbsent(p.conferenceId, conferences::zone), caller.isOrganizer());
    }

    /** The participant with its ETag. */
    public Response.ResponseBuilder ok(Participant p) {
        return Response.ok(of(p)).tag(EntityVersions.etag(p.version));
    }
}
