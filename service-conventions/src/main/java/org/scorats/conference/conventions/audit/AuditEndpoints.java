package org.scorats.conference.conventions.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail over HTTP, read-only. Each service mounts it at its own path
 * ({@code /api/v1/audit/<service>}) with a subclass in its {@code rest} package, so the gateway
 * routes to the service whose database holds the entries; the entries of one service are written
 * in the same transaction as its changes, and so stay in its database.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditEndpoints {

    private static final List<String> ACTIONS = List.of(AuditEntry.CREATE, AuditEntry.UPDATE, AuditEntry.DELETE,
            AuditEntry.READ_SEALED);

    private final AuditTrail trail;
    private final Caller caller;

    protected AuditEndpoints(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN, Role.PARTNER}) // not inferred for inherited methods
    @Operation(operationId = "listAuditEntries", summary = "Who changed or saw what, newest first",
            description = "Every write this service made (create, update, delete: who, when, from where, which fields "
                    + "changed; sealed values as ***) and every time sealed data such as a passport number was shown "
                    + "(read-sealed). Filters combine. Organizers and admins read all of it; a partner reads the entries "
                    + "about its own organization's people. Entries cannot be changed or deleted through the API.")
    public RestResponse<Page<AuditEntryView>> list(
            @Parameter(description = "The resource, as the API names it: participants, delegations...") @QueryParam("resource") String resource,
            @QueryParam("resourceId") String resourceId,
            @Parameter(description = "The actor's token subject, or system") @QueryParam("actor") String actor,
            @Parameter(description = "create, update, delete or read-sealed") @QueryParam("action") String action,
            @Parameter(description = "Entries about this conference's people and things, also those deleted since")
            @QueryParam("conference") String conferenceId,
            @Parameter(description = "Entries about this participant") @QueryParam("participantId") UUID participantId,
            @Parameter(description = "From this instant, inclusive") @QueryParam("since") Instant since,
            @Parameter(description = "Before this instant") @QueryParam("until") Instant until,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        if (action != null && !ACTIONS.contains(action)) {
            throw ProblemException.invalidField("action", "must be one of " + String.join(", ", ACTIONS));
        }
        AuditTrail.Query query = new AuditTrail.Query(resource, resourceId, actor, action, conferenceId, participantId,
                since, until);
        return PageResponses.ok(trail.page(query, partnerOrganization(), PageRequest.of(limit, cursor)).map(AuditEntryView::of), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.PARTNER})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN, Role.PARTNER}) // not inferred for inherited methods
    @Operation(operationId = "getAuditEntry", summary = "One audit entry",
            description = "Who, when, from where, what changed (sealed values as ***). A partner reads only entries about "
                    + "its own organization and people; any other is 404, as if it did not exist.")
    public AuditEntryView get(@PathParam("id") UUID id) {
        return AuditEntryView.of(trail.get(id, partnerOrganization()));
    }

    /** Empty for organizers; a partner's organization, or a refusal for a partner token that names none. */
    private Optional<String> partnerOrganization() {
        if (caller.isOrganizer()) {
            return Optional.empty();
        }
        return Optional.of(caller.organization().orElseThrow(() ->
                ProblemException.forbidden("This partner token names no organization")));
    }
}
