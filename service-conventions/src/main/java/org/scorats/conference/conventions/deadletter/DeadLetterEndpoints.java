package org.scorats.conference.conventions.deadletter;

import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * The dead-letter store over HTTP, for organizers and admins. Each consuming service mounts it at
 * its own path ({@code /api/v1/dead-letters/<service>}) with a subclass in its {@code rest}
 * package, so the gateway can route to the service that holds the letters.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterEndpoints {

    /** What a replay of everything waiting did. */
    @Schema(name = "DeadLetterReplayReport", example = """
        {"replayed": 1, "stillWaiting": 0,
         "items": [{"id": "9b2d7c4e-1f3a-4c5b-8d6e-7f8a9b0c1d2e", "channel": "registration-events",
                    "topic": "conference.registration.v1", "partition": 3, "offset": 1842,
                    "key": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
                    "eventId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    "eventType": "org.scorats.conference.registration.participant.approved",
                    "headers": {"ce_specversion": "1.0",
                                "ce_type": "org.scorats.conference.registration.participant.approved"},
                    "payload": "{\\"participant\\": {\\"id\\": \\"not-a-uuid\\"}}",
                    "reason": "Unreadable payload: participant.id is not a UUID", "status": "replayed",
                    "failedAt": "2024-06-05T10:02:16Z", "replayedAt": "2024-06-05T11:00:00Z"}]}""")
    public record ReplayReport(int replayed, int stillWaiting, List<DeadLetterView> items) {
    }

    private final DeadLetters deadLetters;

    protected DeadLetterEndpoints(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN}) // not inferred for inherited methods
    @Operation(operationId = "listDeadLetters",
            summary = "Events this service could never apply, newest first, with the reason",
            description = "status: waiting (not applied yet) or replayed")
    public RestResponse<Page<DeadLetterView>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        if (status != null && !List.of(DeadLetter.WAITING, DeadLetter.REPLAYED).contains(status)) {
            throw ProblemException.invalidField("status", "must be waiting or replayed");
        }
        return PageResponses.ok(deadLetters.page(status, PageRequest.of(limit, cursor)).map(DeadLetterView::of), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN}) // not inferred for inherited methods
    @Operation(operationId = "getDeadLetter",
            summary = "One dead letter, with the record's headers and payload as they arrived",
            description = "The topic, partition and offset it came from, its headers and payload as they arrived, why "
                    + "it could not be applied, and whether it was replayed.")
    public DeadLetterView get(@PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.get(id));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN}) // not inferred for inherited methods
    @Operation(operationId = "replayDeadLetter",
            summary = "Apply the event now", description = "Through the inbox: an effect already applied is not "
            + "applied again. If the event still cannot be applied it stays waiting and replayError says why.")
    @APIResponse(responseCode = "200", description = "Replayed, or still waiting with replayError saying why",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "409", description = "Replayed and applied already")
    public DeadLetterView replay(@PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }

    @POST
    @Path("/replay")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @SecurityRequirement(name = "keycloak", scopes = {Role.ORGANIZER, Role.ADMIN}) // not inferred for inherited methods
    @Operation(operationId = "replayDeadLetters", summary = "Replay every waiting dead letter, oldest first",
            description = "Each goes through the inbox, so an effect already applied is not applied again and "
                    + "replaying twice has the effect once; one that still cannot be applied stays waiting with the "
                    + "new reason in replayError.")
    public ReplayReport replayAll() {
        List<DeadLetterView> items = deadLetters.replayWaiting().stream().map(DeadLetterView::of).toList();
        int replayed = (int) items.stream().filter(d -> DeadLetter.REPLAYED.equals(d.status())).count();
        return new ReplayReport(replayed, items.size() - replayed, items);
    }
}
