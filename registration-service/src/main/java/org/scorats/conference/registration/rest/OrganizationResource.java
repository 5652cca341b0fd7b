package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.registration.service.OrganizationRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.domain.OrganizationKind;
import org.scorats.conference.registration.service.OrganizationService;

import java.net.URI;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Member and observer states, dialogue partners, international organizations, institutes")
public class OrganizationResource {

    private final OrganizationService service;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    OrganizationResource(OrganizationService service, IdempotencyKeys idempotency, Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/organizations")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "createOrganization", summary = "Add an organization",
            description = "Adds an organization: an upper-case code (fixed once created), names in every working "
                    + "language, kind, and country for states. Send an Idempotency-Key to retry safely: the "
                    + "same key and body answer the first result again (24 h); the same key with another body "
                    + "is 422.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Valid @NotNull OrganizationRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/organizations", request, () -> {
            Organization organization = service.create(request);
            return Response.created(URI.create("/api/v1/organizations/" + organization.code))
                    .tag(EntityVersions.etag(organization.version))
                    .entity(OrganizationView.of(organization))
                    .build();
        }, this::get);
    }

    @GET
    @Path("/organizations")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "listOrganizations", summary = "List organizations, by code",
            description = "Member and observer states, dialogue partners and international organizations, by code; "
                    + "filter by kind. Cursor-paged: start without a cursor, then pass nextCursor until it is "
                    + "absent; limit 1 to 200.")
    public RestResponse<Page<OrganizationView>> list(@QueryParam("kind") String kind, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = service.page(CodedEnum.fromParameter(OrganizationKind.class, "kind", kind),
                PageRequest.of(limit, cursor));
        return PageResponses.ok(page.map(OrganizationView::of), uri);
    }

    @GET
    @Path("/organizations/{code}")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN}) // any platform role, as at the gateway
    @Operation(operationId = "getOrganization", summary = "Read an organization",
            description = "One organization by its code, with names in every working language and its version for "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("code") String code) {
        Organization organization = service.get(code);
        return Response.ok(OrganizationView.of(organization)).tag(EntityVersions.etag(organization.version)).build();
    }

    @PUT
    @Path("/organizations/{code}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "updateOrganization", summary = "Change an organization's name, kind or country",
            description = "Changes an organization's names, kind or country; the code stays. Send the ETag of your "
                    + "last read in If-Match: a change made since then answers 412 and nothing is written.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OrganizationRequest request) {
        Organization organization = service.update(code, request, ifMatch);
        return Response.ok(OrganizationView.of(organization)).tag(EntityVersions.etag(organization.version)).build();
    }
}
