package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scorats.conference.conventions.problem.JsonRefusals;
import org.scorats.conference.problem.FieldError;
import org.scorats.conference.problem.UnsafeText;
import org.scorats.conference.registration.service.BatchItem;
import org.scorats.conference.registration.service.ParticipantRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.service.ParticipantChangeFeed;
import org.scorats.conference.registration.service.PartnerSync;
import org.scorats.conference.registration.service.SyncResult;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The sync API for partner organizations: their delegates by their own ids, in bulk, and what
 * changed since their last read. A partner's token names its organization; the path must too.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Partner sync", description = "Partner organizations push their delegates by their own ids and read back what changed")
public class PartnerSyncResource {

    public static final String SYNC_RESULT_HEADER = "Sync-Result";

    private final PartnerSync sync;
    private final ParticipantChangeFeed feed;
    private final ParticipantViews views;
    private final ObjectMapper json;

    PartnerSyncResource(PartnerSync sync, ParticipantChangeFeed feed, ParticipantViews views, ObjectMapper json) {
        this.sync = sync;
        this.feed = feed;
        this.views = views;
        this.json = json;
    }

    @PUT
    @Path("/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}")
    @Operation(operationId = "upsertPartnerParticipant", summary = "Create or update a participant by the partner's own id",
            description = "Repeating the same request changes nothing and emits no event (Sync-Result: unchanged). "
                    + "If-Match guards against overwriting a newer state; If-None-Match: * only creates.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "200", description = "Updated or unchanged, as the Sync-Result header says",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale, or If-None-Match: * and the participant exists")
    public Response upsert(@PathParam("conferenceId") String conferenceId,
                           @PathParam("organizationCode") String organizationCode,
                           @PathParam("externalId") @Pattern(regexp = "^.{1,100}$") String externalId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                           @Valid @NotNull ParticipantRequest request) {
        SyncResult result = sync.upsert(conferenceId, organizationCode, externalId, request, ifMatch, ifNoneMatch);
        Response.ResponseBuilder response = result.outcome() == SyncResult.Outcome.CREATED
                ? Response.created(URI.create("/api/v1/participants/" + result.participant().id))
                : Response.ok();
        return response.entity(views.of(result.participant()))
                .tag(EntityVersions.etag(result.participant().version))
                .header(SYNC_RESULT_HEADER, result.outcome().code())
                .build();
    }

    @GET
    @Path("/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}")
    @Operation(operationId = "getPartnerParticipant", summary = "Read a participant by the partner's own id",
            description = "Reads a participant by the partner system's own external id, with the version to send in "
                    + "If-Match when updating. A partner reads only its own organization's people.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response get(@PathParam("conferenceId") String conferenceId,
                        @PathParam("organizationCode") String organizationCode,
                        @PathParam("externalId") String externalId) {
        return sync.find(conferenceId, organizationCode, externalId)
                .map(p -> views.ok(p).build())
                .orElseThrow(() -> ProblemException.notFound("Participant with external id", externalId));
    }

    @DELETE
    @Path("/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}")
    @Operation(operationId = "deletePartnerParticipant",
            summary = "Delete a participant by the partner's own id", description = "The change feed reports it as deleted")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("conferenceId") String conferenceId,
                       @PathParam("organizationCode") String organizationCode,
                       @PathParam("externalId") String externalId,
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sync.delete(conferenceId, organizationCode, externalId, ifMatch);
    }

    @POST
    @Path("/conferences/{conferenceId}/organizations/{organizationCode}/participant-batches")
    @Operation(operationId = "upsertPartnerParticipantBatch",
            summary = "Upsert up to 1,000 participants", description = "Each item is answered on its own: "
            + "created, updated, unchanged, or failed with a problem naming the fields. One bad item never rejects the others.")
    public BatchResponse batch(@PathParam("conferenceId") String conferenceId,
                               @PathParam("organizationCode") String organizationCode,
                               @Valid @NotNull BatchRequest request, @Context UriInfo uri) {
        int size = request.items().size();
        BatchResponse.Item[] answers = new BatchResponse.Item[size];
        int[] counts = new int[4]; // created, updated, unchanged, failed
        List<BatchItem> readable = new ArrayList<>(size);
        List<Integer> positions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            JsonNode item = request.items().get(i);
            // A null in the list would read as no item at all; only objects are read.
            ProblemException refusal = item.isObject() ? null : notAnItem();
            if (refusal == null) {
                try {
                    readable.add(json.treeToValue(item, BatchItem.class));
                    positions.add(i);
                    continue;
                } catch (JsonProcessingException unreadable) {
                    refusal = unreadable(unreadable);
                }
            }
            answers[i] = failed(i, item.path("externalId").textValue(), refusal, uri);
            counts[3]++;
        }
        List<PartnerSync.ItemResult> results = sync.batch(conferenceId, organizationCode, readable);
        for (int k = 0; k < results.size(); k++) {
            PartnerSync.ItemResult r = results.get(k);
            int i = positions.get(k);
            answers[i] = r.problem() != null ? failed(i, r.externalId(), r.problem(), uri)
                    : new BatchResponse.Item(i, r.externalId(), r.result().outcome().code(), r.result().participant().id,
                    r.result().participant().version, null);
            counts[r.problem() != null ? 3 : r.result().outcome().ordinal()]++;
        }
        return new BatchResponse(counts[0], counts[1], counts[2], counts[3], List.of(answers));
    }

    private static BatchResponse.Item failed(int index, String externalId, ProblemException problem, UriInfo uri) {
        // An external id with a control character (the item may be refused for it) is not echoed.
        String echoed = externalId != null && UnsafeText.problem(externalId, false) == null ? externalId : null;
        return new BatchResponse.Item(index, echoed, "failed", null, null, problem.toProblem(uri.getPath()));
    }

    private static ProblemException unreadable(JsonProcessingException e) {
        FieldError error = JsonRefusals.fieldError(e);
        return error == null ? notAnItem() : ProblemException.invalidField(error.field(), error.message());
    }

    private static ProblemException notAnItem() {
        return ProblemException.invalidField("item", "must be an object with externalId and participant");
    }

    @GET
    @Path("/conferences/{conferenceId}/organizations/{organizationCode}/changes")
    @Operation(operationId = "listPartnerChanges",
            summary = "What changed since a cursor", description = "Every creation, change, withdrawal and deletion "
            + "of the organization's participants, oldest first, each participant once in its latest state. "
            + "Start without a cursor; keep nextCursor for the next read.")
    public ChangeFeedView changes(@PathParam("conferenceId") String conferenceId,
                                  @PathParam("organizationCode") String organizationCode,
                                  @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        var changes = feed.since(conferenceId, organizationCode, PageRequest.of(limit, cursor));
        var shown = views.all(changes.changed().stream().filter(p -> !p.isDeleted()).toList()).iterator();
        var items = changes.changed().stream().map(p -> p.isDeleted()
                ? new ChangeFeedView.Change("deleted", p.id, p.externalId, p.version, null)
                : new ChangeFeedView.Change("upserted", p.id, p.externalId, p.version, shown.next())).toList();
        return new ChangeFeedView(items, changes.nextCursor(), changes.more());
    }
}
