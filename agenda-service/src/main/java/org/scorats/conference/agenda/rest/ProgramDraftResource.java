package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.scorats.conference.agenda.service.SpeakerRequest;
import org.scorats.conference.agenda.service.TalkRequest;
import org.scorats.conference.agenda.service.SessionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.service.SessionService;
import org.scorats.conference.agenda.service.SpeakerService;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The working draft of the program, for organizers: speakers, sessions, talks. Every change is
 * checked against the schedule rules; the public sees none of it until a release is published.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Program draft", description = "Speakers, sessions and talks as organizers prepare them")
public class ProgramDraftResource {

    private final SpeakerService speakerService;
    private final SessionService sessionService;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    ProgramDraftResource(SpeakerService speakerService, SessionService sessionService, IdempotencyKeys idempotency,
                         Caller caller) {
        this.speakerService = speakerService;
        this.sessionService = sessionService;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/conferences/{conferenceId}/speakers")
    @Operation(operationId = "createSpeaker", summary = "Name a speaker: a registered participant, or a guest",
            description = "Names a speaker: a registered participant (by participant id) or a guest with names and "
                    + "affiliation. Talks and chairs refer to speakers by id. Send an Idempotency-Key to retry "
                    + "safely: the same key and body answer the first result again (24 h); the same key with "
                    + "another body is 422.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    public Response createSpeaker(@PathParam("conferenceId") String conferenceId,
                                  @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                  @Valid @NotNull SpeakerRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST speakers of " + conferenceId, request, () -> {
            Speaker speaker = speakerService.create(conferenceId, request);
            return Response.created(URI.create("/api/v1/speakers/" + speaker.id)).tag(EntityVersions.etag(speaker.version))
                    .entity(SpeakerView.of(speaker, speakerService.names(speaker))).build();
        }, id -> speaker(UUID.fromString(id)));
    }

    @GET
    @Path("/conferences/{conferenceId}/speakers")
    @Operation(operationId = "listSpeakers", summary = "Every speaker of a conference",
            description = "Every speaker named at the conference, registered participants and guests alike, with "
                    + "names in both scripts.")
    public List<SpeakerView> speakers(@PathParam("conferenceId") String conferenceId) {
        return speakerService.ofConference(conferenceId).stream().map(s -> SpeakerView.of(s, speakerService.names(s))).toList();
    }

    @GET
    @Path("/speakers/{id}")
    @Operation(operationId = "getSpeaker", summary = "Read a speaker",
            description = "One speaker, names in both scripts, affiliation and biography, with the version for "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    public Response speaker(@PathParam("id") UUID id) {
        Speaker speaker = speakerService.get(id);
        return Response.ok(SpeakerView.of(speaker, speakerService.names(speaker))).tag(EntityVersions.etag(speaker.version)).build();
    }

    @PUT
    @Path("/speakers/{id}")
    @Operation(operationId = "updateSpeaker", summary = "Change a speaker",
            description = "Changes a speaker's names, affiliation or biography; the next release shows it. Send the "
                    + "ETag of your last read in If-Match: a change made since then answers 412 and nothing is "
                    + "written.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    public Response updateSpeaker(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull SpeakerRequest request) {
        Speaker speaker = speakerService.update(id, request, ifMatch);
        return Response.ok(SpeakerView.of(speaker, speakerService.names(speaker))).tag(EntityVersions.etag(speaker.version)).build();
    }

    @POST
    @Path("/conferences/{conferenceId}/sessions")
    @Operation(operationId = "createSession", summary = "Add a session to the draft",
            description = "Adds a session to the draft program: kind, titles, time, room, chairs, languages and "
                    + "interpretation. A clash (the room or a chair taken at that time, a time outside the "
                    + "conference's days) is 409 naming every clashing item; readers see the session after the "
                    + "next release. Send an Idempotency-Key to retry safely: the same key and body answer the "
                    + "first result again (24 h); the same key with another body is 422.")
    @APIResponse(responseCode = "409", description = "Schedule conflict: the problem's conflicts name every clashing item")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response createSession(@PathParam("conferenceId") String conferenceId,
                                  @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                  @Valid @NotNull SessionRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST sessions of " + conferenceId, request, () -> {
            Session session = sessionService.create(conferenceId, request);
            return Response.created(URI.create("/api/v1/sessions/" + session.id)).tag(EntityVersions.etag(session.version))
                    .entity(SessionView.of(session, zone(session.conferenceId))).build();
        }, id -> session(UUID.fromString(id)));
    }

    @GET
    @Path("/conferences/{conferenceId}/sessions")
    @Operation(operationId = "listSessions", summary = "The draft's sessions, in time order",
            description = "The draft program's sessions of the conference, in time order, every language; what "
                    + "readers see comes from published releases.")
    public List<SessionView> sessions(@PathParam("conferenceId") String conferenceId) {
        ZoneId zone = zone(conferenceId);
        return sessionService.ofConference(conferenceId).stream().map(s -> SessionView.of(s, zone)).toList();
    }

    @GET
    @Path("/sessions/{id}")
    @Operation(operationId = "getSession", summary = "Read a draft session",
            description = "One session of the draft program with its version for If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response session(@PathParam("id") UUID id) {
        Session session = sessionService.get(id);
        return Response.ok(SessionView.of(session, zone(session.conferenceId))).tag(EntityVersions.etag(session.version)).build();
    }

    @PUT
    @Path("/sessions/{id}")
    @Operation(operationId = "updateSession",
            summary = "Change a draft session", description = "Moving it checks its talks, room and chairs again")
    @APIResponse(responseCode = "409", description = "Schedule conflict")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response updateSession(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull SessionRequest request) {
        Session session = sessionService.update(id, request, ifMatch);
        return Response.ok(SessionView.of(session, zone(session.conferenceId))).tag(EntityVersions.etag(session.version)).build();
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(operationId = "deleteSession", summary = "Cancel a draft session and its talks",
            description = "Cancels a draft session and its talks. Readers still see it until the next release, "
                    + "whose changes then list it as cancelled. Send the ETag of your last read in If-Match: a "
                    + "change made since then answers 412 and nothing is written.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void deleteSession(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sessionService.delete(id, ifMatch);
    }

    @GET
    @Path("/sessions/{id}/talks")
    @Operation(operationId = "listTalks", summary = "The talks of a draft session",
            description = "The talks of a draft session, in time order.")
    public List<TalkView> talks(@PathParam("id") UUID sessionId) {
        List<Talk> talks = sessionService.talksOf(sessionId);
        ZoneId zone = talks.isEmpty() ? null : zone(talks.get(0).conferenceId);
        return talks.stream().map(t -> TalkView.of(t, zone)).toList();
    }

    @POST
    @Path("/sessions/{id}/talks")
    @Operation(operationId = "createTalk", summary = "Add a talk to a session",
            description = "Adds a talk to a draft session: titles, summary, time within the session, language and "
                    + "speakers. A speaker in two places at once is 409. Send an Idempotency-Key to retry "
                    + "safely: the same key and body answer the first result again (24 h); the same key with "
                    + "another body is 422.")
    @APIResponse(responseCode = "409", description = "Schedule conflict")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = TalkView.class)))
    public Response createTalk(@PathParam("id") UUID sessionId, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                               @Valid @NotNull TalkRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST talks of " + sessionId, request, () -> {
            Talk talk = sessionService.addTalk(sessionId, request);
            return Response.created(URI.create("/api/v1/talks/" + talk.id)).tag(EntityVersions.etag(talk.version))
                    .entity(TalkView.of(talk, zone(talk.conferenceId))).build();
        }, id -> talk(UUID.fromString(id)));
    }

    @GET
    @Path("/talks/{id}")
    @Operation(operationId = "getTalk", summary = "Read a draft talk",
            description = "One talk of the draft program with its version for If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TalkView.class)))
    public Response talk(@PathParam("id") UUID id) {
        Talk talk = sessionService.talk(id);
        return Response.ok(TalkView.of(talk, zone(talk.conferenceId))).tag(EntityVersions.etag(talk.version)).build();
    }

    @PUT
    @Path("/talks/{id}")
    @Operation(operationId = "updateTalk", summary = "Change a draft talk: time, speakers, texts",
            description = "Changes a draft talk's time, speakers or texts; a speaker in two places at once is 409. "
                    + "Send the ETag of your last read in If-Match: a change made since then answers 412 and "
                    + "nothing is written.")
    @APIResponse(responseCode = "409", description = "Schedule conflict")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TalkView.class)))
    public Response updateTalk(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TalkRequest request) {
        Talk talk = sessionService.updateTalk(id, request, ifMatch);
        return Response.ok(TalkView.of(talk, zone(talk.conferenceId))).tag(EntityVersions.etag(talk.version)).build();
    }

    @DELETE
    @Path("/talks/{id}")
    @Operation(operationId = "deleteTalk", summary = "Cancel a draft talk",
            description = "Cancels a draft talk; the next release's changes list it as cancelled and its speakers "
                    + "hear of it. Send the ETag of your last read in If-Match: a change made since then "
                    + "answers 412 and nothing is written.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void deleteTalk(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sessionService.deleteTalk(id, ifMatch);
    }

    private ZoneId zone(String conferenceId) {
        return sessionService.zone(conferenceId);
    }
}
