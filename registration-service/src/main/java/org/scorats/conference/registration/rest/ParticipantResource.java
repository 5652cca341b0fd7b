package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.registration.service.ParticipantRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.input.TypedParameters;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.ParticipantFilter;
import org.scorats.conference.registration.service.ParticipantExport;
import org.scorats.conference.registration.service.RegistrationCounts;
import org.scorats.conference.registration.service.Seats;
import org.scorats.conference.registration.service.RegistrationService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Registrations and their workflow: submitted, approved, rejected, waitlisted, withdrawn, checked in")
public class ParticipantResource {

    private final RegistrationService registrations;
    private final ParticipantExport export;
    private final RegistrationCounts counts;
    private final Seats seats;
    private final ParticipantViews views;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    ParticipantResource(RegistrationService registrations, ParticipantExport export, RegistrationCounts counts, Seats seats,
                        ParticipantViews views, IdempotencyKeys idempotency, Caller caller) {
        this.registrations = registrations;
        this.export = export;
        this.counts = counts;
        this.seats = seats;
        this.views = views;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/conferences/{conferenceId}/participants")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "registerParticipant",
            summary = "Register", description = "A delegate registers themself; organizers, the organization's "
            + "partner and the head of delegation register others. Submitted if a seat is free, else waitlisted.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name the participant",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "409", description = "Email taken, already registered, or registration closed")
    @APIResponse(responseCode = "422", description = "Arrival after the conference's deadline, which it refuses")
    public Response register(@PathParam("conferenceId") String conferenceId,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                             @Valid @NotNull ParticipantRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST participants of " + conferenceId, request, () -> {
            Participant p = registrations.register(conferenceId, request);
            return Response.created(URI.create("/api/v1/participants/" + p.id))
                    .tag(EntityVersions.etag(p.version)).entity(views.of(p)).build();
        }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/conferences/{conferenceId}/participants")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "listParticipants", summary = "List participants by Latin family name",
            description = "Organizers see everyone; a partner its organization's people; a head of delegation their delegation. "
                    + "q searches names in any script and emails.")
    public RestResponse<Page<ParticipantView>> list(@PathParam("conferenceId") String conferenceId,
                         @QueryParam("status") String status,
                         @QueryParam("delegationId") UUID delegationId,
                         @QueryParam("organization") String organization,
                         @QueryParam("role") String role,
                         @QueryParam("attendance") String attendance,
                         @QueryParam("language") String language,
                         @QueryParam("q") String text,
                         @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        var filter = new ParticipantFilter(
                CodedEnum.fromParameter(ParticipantStatus.class, "status", status), delegationId,
                TypedParameters.filter(organization),
                CodedEnum.fromParameter(ParticipantRole.class, "role", role),
                CodedEnum.fromParameter(Attendance.class, "attendance", attendance),
                CodedEnum.fromParameter(Language.class, "language", language),
                text == null || text.isBlank() ? null : text.strip());
        var page = registrations.page(conferenceId, filter, PageRequest.of(limit, cursor));
        return PageResponses.ok(views.page(page), uri);
    }

    @GET
    @Path("/conferences/{conferenceId}/participants/me")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getMyRegistration", summary = "My own registration at a conference",
            description = "The caller's own registration at the conference, whatever its status; 404 when they have "
                    + "none.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response mine(@PathParam("conferenceId") String conferenceId) {
        return views.ok(registrations.mine(conferenceId)).build();
    }

    @GET
    @Path("/conferences/{conferenceId}/participants/export")
    @Produces("text/csv")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "exportParticipants",
            summary = "All participants as CSV (UTF-8 with BOM, opens in spreadsheets with Cyrillic and Chinese intact)",
            description = "Every participant of the conference as CSV, one row each, names in native script and "
                    + "Latin, arrival and needs included, passport data never. UTF-8 with a byte order mark so "
                    + "spreadsheets keep Cyrillic and Chinese intact.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "participants", value = """
                            id,organization,family_name,given_name,family_name_latin,given_name_latin,email,phone,\
                            telegram,whatsapp,language,role,attendance,status,arrival_at,arrival_transport,\
                            arrival_reference,late_arrival,dietary_needs,accessibility_needs,public_listing_consent
                            3a3611a8-39ae-4e22-95de-cfe6d9df22b0,CIS-ATC,Соколов,Алексей,Sokolov,Aleksei,\
                            a.sokolov@cisatc.example,+7 495 000 00 00,,,ru,delegate,in-person,approved,\
                            2024-09-03T18:40:00+05:00,flight,HY 602,false,halal,,true
                            b138d10a-ca06-4cda-99bf-a7928eab7f22,CN,陈,静,Chen,Jing,delegate-zh@conference.example,,,,\
                            zh,delegate,remote,submitted,,,,false,,,false""")))
    public Response export(@PathParam("conferenceId") String conferenceId) {
        return Response.ok(export.csv(conferenceId), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + conferenceId + "-participants.csv\"")
                .build();
    }

    @GET
    @Path("/conferences/{conferenceId}/statistics")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getRegistrationStatistics",
            summary = "Counts by status, organization kind and attendance; seats left",
            description = "Counts of the conference's registrations by status, organization kind and attendance, "
                    + "with seats taken and left overall and per delegation.")
    public RegistrationCounts.Counts statistics(@PathParam("conferenceId") String conferenceId) {
        return counts.of(conferenceId);
    }

    @GET
    @Path("/conferences/{conferenceId}/seat-check")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "checkSeats",
            summary = "Recount the seats taken from the participants and compare them with the counters",
            description = "Seats are claimed from a counter per delegation and from the conference's free seats (its capacity "
                    + "less the seats taken); this recounts the seats taken from the registrations holding one and reports any "
                    + "difference from either (`consistent` false).")
    public Seats.Check seatCheck(@PathParam("conferenceId") String conferenceId) {
        return seats.check(conferenceId);
    }

    @GET
    @Path("/participants/{id}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getParticipant",
            summary = "Read a participant", description = "Passport number and date of birth are shown to organizers only")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response get(@PathParam("id") UUID id) {
        return views.ok(registrations.get(id)).build();
    }

    @PUT
    @Path("/participants/{id}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "updateParticipant",
            summary = "Change a registration", description = "Send If-Match with the ETag you read; 412 if it changed since")
    @APIResponse(responseCode = "412", description = "The participant changed since it was read")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ParticipantRequest request) {
        return views.ok(registrations.update(id, request, ifMatch)).build();
    }

    @POST
    @Path("/participants/{id}/transitions")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "transitionParticipant",
            summary = "Move a registration", description = "approve, reject (with reason), waitlist, check-in: "
            + "organizers. withdraw: the participant, their partner or head of delegation, organizers.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, or no seat to leave the waitlist")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        return views.ok(registrations.transition(id, request.action(), request.reason(), ifMatch)).build();
    }

    @GET
    @Path("/participants/{id}/history")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getParticipantHistory",
            summary = "Every status change of a registration: who, when, from, to, why",
            description = "Every status change of a registration, oldest first: from and to, who made it (subject "
                    + "and role), when, and the reason given.")
    public List<StatusChangeView> history(@PathParam("id") UUID id) {
        return registrations.history(id).stream().map(StatusChangeView::of).toList();
    }

    @DELETE
    @Path("/participants/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "deleteParticipant",
            summary = "Delete a participant's record", description = "Partners' change feeds report the deletion")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registrations.deleteByOrganizer(id, ifMatch);
    }
}
