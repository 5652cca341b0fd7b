package org.scorats.conference.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.service.AnnouncementRequest;
import org.scorats.conference.notification.service.Announcements;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Announcements", description = "What the organizers tell the participants, by inbox and email, in their languages")
public class AnnouncementResource {

    private final Announcements announcements;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    AnnouncementResource(Announcements announcements, IdempotencyKeys idempotency, Caller caller) {
        this.announcements = announcements;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/conferences/{conferenceId}/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendAnnouncement", summary = "Tell a part of the participants something, in their languages",
            description = "Every participant of the conference in the audience now (by status, approved and checked-in "
                    + "when none is given; organizations, roles and attendance when given) gets it in their inbox and "
                    + "in their next mail, in their language, or else in English, Russian, Chinese, in that order "
                    + "(`fallbacks` says who reads which instead). Subject and text in English at least, and in the "
                    + "same languages; the subject one line of at most 200 characters. People who register later do "
                    + "not get it. 422 `empty-audience` when nobody matches, and nothing is sent. Organizers.")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(schema = @Schema(implementation = AnnouncementView.class)))
    @APIResponse(responseCode = "422", description = "Nobody is in the audience (`empty-audience`), nothing was sent; or "
            + "the Idempotency-Key was used for another request")
    public Response send(@PathParam("conferenceId") String conferenceId,
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Valid @NotNull AnnouncementRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/conferences/" + conferenceId + "/announcements",
                request, () -> {
                    AnnouncementView sent = AnnouncementView.of(announcements.send(conferenceId, request));
                    return Response.created(URI.create("/api/v1/announcements/" + sent.id())).entity(sent).build();
                }, id -> get(UUID.fromString(id)));
    }

    @POST
    @Path("/conferences/{conferenceId}/announcement-previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewAnnouncement", summary = "Whom an announcement would reach now, without sending it",
            description = "Takes what a send takes and checks it the same way, then answers how many are in the "
                    + "audience now, in which languages, and who would read a fallback; nothing is stored or sent, "
                    + "and an empty audience is 0, not an error. Organizers.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AnnouncementPreviewView.class)))
    public AnnouncementPreviewView preview(@PathParam("conferenceId") String conferenceId,
                                           @Valid @NotNull AnnouncementRequest request) {
        return AnnouncementPreviewView.of(announcements.preview(conferenceId, request));
    }

    @GET
    @Path("/conferences/{conferenceId}/announcements")
    @Operation(operationId = "listAnnouncements", summary = "The announcements sent, newest first, and how far each got",
            description = "Each announcement with its audience, how many it reached in which language, and where their "
                    + "mails stand. Organizers. Cursor-paged: start without a cursor, then pass nextCursor until it is "
                    + "absent; limit 1 to 200.")
    public RestResponse<Page<AnnouncementView>> list(@PathParam("conferenceId") String conferenceId,
                                                     @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                     @Context UriInfo uri) {
        return PageResponses.ok(announcements.page(conferenceId, PageRequest.of(limit, cursor)).map(AnnouncementView::of), uri);
    }

    @GET
    @Path("/announcements/{id}")
    @Operation(operationId = "getAnnouncement", summary = "One announcement and how far it got",
            description = "Its text, audience and recipients, and their mails: still to go out, sent, failed (to be "
                    + "retried), dead (resend them under mail deliveries), and how many read it in their inbox.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AnnouncementView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(AnnouncementView.of(announcements.get(id))).build();
    }
}
