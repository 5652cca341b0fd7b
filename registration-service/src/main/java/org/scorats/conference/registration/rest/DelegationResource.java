package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.registration.service.DelegationRequest;
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
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.service.DelegationService;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "An organization's group at a conference: seat quota and head of delegation")
public class DelegationResource {

    private final DelegationService service;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    DelegationResource(DelegationService service, IdempotencyKeys idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/conferences/{conferenceId}/delegations")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "createDelegation", summary = "Give an organization a delegation with a seat quota",
            description = "Gives an organization a delegation at the conference with a seat quota; an organization "
                    + "has one delegation per conference. Its partner system and head of delegation then "
                    + "register its people. Send an Idempotency-Key to retry safely: the same key and body "
                    + "answer the first result again (24 h); the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    public Response create(@PathParam("conferenceId") String conferenceId,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Valid @NotNull DelegationRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST delegations of " + conferenceId, request, () -> {
            Delegation delegation = service.create(conferenceId, request);
            return Response.created(URI.create("/api/v1/delegations/" + delegation.id))
                    .tag(EntityVersions.etag(delegation.version))
                    .entity(DelegationView.of(delegation, 0))
                    .build();
        }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/conferences/{conferenceId}/delegations")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER})
    @Operation(operationId = "listDelegations",
            summary = "List delegations", description = "Organizers see all; a partner its own organization's")
    public RestResponse<Page<DelegationView>> list(@PathParam("conferenceId") String conferenceId, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = service.page(conferenceId, PageRequest.of(limit, cursor));
        return PageResponses.ok(page.map(d -> DelegationView.of(d, service.seatsTaken(d))), uri);
    }

    @GET
    @Path("/delegations/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER, Role.DELEGATE})
    @Operation(operationId = "getDelegation",
            summary = "Read a delegation", description = "Organizers, the organization's partner, the head of delegation")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    public Response get(@PathParam("id") UUID id) {
        Delegation delegation = service.get(id);
        return Response.ok(DelegationView.of(delegation, service.seatsTaken(delegation)))
                .tag(EntityVersions.etag(delegation.version)).build();
    }

    @POST
    @Path("/delegations/{id}/invitation")
    @Consumes(MediaType.WILDCARD) // nothing to send
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER, Role.DELEGATE})
    @Operation(operationId = "issueDelegationInvitation",
            summary = "Issue the code with which people register themselves into the delegation",
            description = "Organizers, the organization's partner, the head of delegation. The code is shown in this answer "
                    + "only (stored as a digest); issuing a new one revokes the last. Without a code nobody registers "
                    + "themself into the delegation; its partner, head and the organizers register people any time.")
    @APIResponse(responseCode = "201", description = "The new code",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    public Response issueInvitation(@PathParam("id") UUID id) {
        var invitation = service.issueInvitation(id);
        return Response.status(Response.Status.CREATED).entity(InvitationView.of(invitation)).build();
    }

    @DELETE
    @Path("/delegations/{id}/invitation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER, Role.DELEGATE})
    @Operation(operationId = "revokeDelegationInvitation",
            summary = "Revoke the delegation's invitation code", description = "Registrations made with it stay")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none")
    public void revokeInvitation(@PathParam("id") UUID id) {
        service.revokeInvitation(id);
    }

    @PUT
    @Path("/delegations/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "updateDelegation", summary = "Change a delegation's seat quota or head",
            description = "Changes a delegation's seat quota or its head (a participant of the delegation); the "
                    + "organization stays. Seats already held are kept; later registrations are seated while "
                    + "the new quota allows. Send the ETag of your last read in If-Match: a change made since "
                    + "then answers 412 and nothing is written.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull DelegationRequest request) {
        Delegation delegation = service.update(id, request, ifMatch);
        return Response.ok(DelegationView.of(delegation, service.seatsTaken(delegation)))
                .tag(EntityVersions.etag(delegation.version)).build();
    }
}
