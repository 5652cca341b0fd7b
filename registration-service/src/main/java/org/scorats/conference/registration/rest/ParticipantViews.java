package org.scorats.conference.registration.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.registration.service.ConferenceService;
import org.scorats.conference.registration.service.SealedReads;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Participants as the caller may see them, in their conference's time zone. */
@RequestScoped
public class ParticipantViews {

    private final ConferenceService conferences;
    private final Caller caller;
    private final SealedReads sealedReads;
    /** Zones already looked up in this request: a page of participants shares one conference. */
    private final Map<String, ZoneId> zones = new HashMap<>();

    ParticipantViews(ConferenceService conferences, Caller caller, SealedReads sealedReads) {
        this.conferences = conferences;
        this.caller = caller;
        this.sealedReads = sealedReads;
    }

    /** Organizers see identity documents, and each time they do is recorded in the audit trail. */
    public ParticipantView of(Participant p) {
        return all(List.of(p)).get(0);
    }

    /** A page of participants: the identity documents shown on it are recorded together. */
    public Page<ParticipantView> page(Page<Participant> page) {
        return new Page<>(all(page.items()), page.nextCursor());
    }

    /** Participants in the order given, their identity documents' reads recorded together. */
    public List<ParticipantView> all(List<Participant> participants) {
        if (caller.isOrganizer()) {
            sealedReads.participantsShown(participants);
        }
        return participants.stream().map(this::view).toList();
    }

    private ParticipantView view(Participant p) {
        return ParticipantView.of(p, zones.computeIfAbsent(p.conferenceId, conferences::zone), caller.isOrganizer());
    }

    /** The participant with its ETag. */
    public Response.ResponseBuilder ok(Participant p) {
        return Response.ok(of(p)).tag(EntityVersions.etag(p.version));
    }
}
