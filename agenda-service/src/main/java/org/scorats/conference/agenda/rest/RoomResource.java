package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.agenda.service.RoomRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.agenda.service.RoomService;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "Halls of the venue, their seats and interpretation channels")
public class RoomResource {

    private final RoomService service;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    RoomResource(RoomService service, IdempotencyKeys idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/rooms")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "createRoom", summary = "Add a room",
            description = "Adds a room to a conference: names in every working language, capacity and the languages "
                    + "with an interpretation channel. Send an Idempotency-Key to retry safely: the same key "
                    + "and body answer the first result again (24 h); the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull RoomRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/rooms", request, () -> {
            Room room = service.create(request);
            return Response.created(URI.create("/api/v1/rooms/" + room.id))
                    .tag(EntityVersions.etag(room.version)).entity(RoomView.of(room)).build();
        }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/rooms")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "listRooms", summary = "List a conference's rooms",
            description = "The rooms of a conference with capacity and interpretation channels. Cursor-paged: start "
                    + "without a cursor, then pass nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<RoomView>> list(@QueryParam("conferenceId") @NotBlank String conferenceId, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(conferenceId, PageRequest.of(limit, cursor)).map(RoomView::of), uri);
    }

    @GET
    @Path("/rooms/{id}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "getRoom", summary = "Read a room",
            description = "One room, with its version for If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    public Response get(@PathParam("id") UUID id) {
        Room room = service.get(id);
        return Response.ok(RoomView.of(room)).tag(EntityVersions.etag(room.version)).build();
    }

    @PUT
    @Path("/rooms/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "updateRoom",
            summary = "Change a room", description = "Send If-Match with the ETag you read; 412 if it changed since")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RoomRequest request) {
        Room room = service.update(id, request, ifMatch);
        return Response.ok(RoomView.of(room)).tag(EntityVersions.etag(room.version)).build();
    }
}
