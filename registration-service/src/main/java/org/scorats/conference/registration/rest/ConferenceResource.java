package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.registration.service.ConferenceRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.service.ConferenceService;

import java.net.URI;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conferences", description = "The yearly conference: dates, venue, languages, capacity, deadlines")
public class ConferenceResource {

    private final ConferenceService service;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    ConferenceResource(ConferenceService service, IdempotencyKeys idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/conferences")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "createConference", summary = "Create a conference",
            description = "Creates a conference with its dates, time zone, venue, languages, capacity, arrival "
                    + "deadline and registration window. The id is the organizer's choice and never changes; an "
                    + "id in use is 409. Send an Idempotency-Key to retry safely: the same key and body answer "
                    + "the first result again (24 h); the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    @APIResponse(responseCode = "409", description = "A conference with this id exists")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Valid @NotNull ConferenceRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/conferences", request, () -> {
            Conference conference = service.create(request);
            return Response.created(URI.create("/api/v1/conferences/" + conference.id))
                    .tag(EntityVersions.etag(conference.version))
                    .entity(ConferenceView.of(conference))
                    .build();
        }, this::get);
    }

    @GET
    @Path("/conferences")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "listConferences", summary = "List conferences, by id",
            description = "Every conference, for any signed-in caller; registration windows, capacity and contacts "
                    + "included. Cursor-paged: start without a cursor, then pass nextCursor until it is absent; "
                    + "limit 1 to 200.")
    public RestResponse<Page<ConferenceView>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(PageRequest.of(limit, cursor)).map(ConferenceView::of), uri);
    }

    @GET
    @Path("/conferences/{id}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "getConference", summary = "Read a conference",
            description = "One conference: names in every working language, dates, time zone, venue, capacity, "
                    + "arrival deadline, registration window and contacts, with its version for If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    public Response get(@PathParam("id") String id) {
        Conference conference = service.get(id);
        return Response.ok(ConferenceView.of(conference)).tag(EntityVersions.etag(conference.version)).build();
    }

    @PUT
    @Path("/conferences/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "updateConference",
            summary = "Change a conference", description = "Send If-Match with the ETag you read to avoid overwriting "
                    + "another organizer's change. Other days or another time zone reissue every active badge for the new "
                    + "days (the cards printed before are revoked) and revoke the visa letters whose travel dates no "
                    + "longer fit them; a capacity changed frees or holds back seats at once.")
    @APIResponse(responseCode = "412", description = "The conference changed since it was read")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ConferenceView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ConferenceRequest request) {
        Conference conference = service.update(id, request, ifMatch);
        return Response.ok(ConferenceView.of(conference)).tag(EntityVersions.etag(conference.version)).build();
    }
}
