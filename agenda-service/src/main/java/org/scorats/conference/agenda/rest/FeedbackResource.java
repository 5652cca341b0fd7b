package org.scorats.conference.agenda.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.agenda.service.FeedbackRequest;
import org.scorats.conference.agenda.service.SessionFeedbacks;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Role;

import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session feedback", description = "What participants thought of the sessions, for the organizers and the "
        + "sessions' own speakers and chairs")
public class FeedbackResource {

    /** Who reads what was said of a session. */
    private static final String READERS = "Organizers, and delegates who chair or speak in the session while their "
            + "registration stands (anyone else 404).";

    private final SessionFeedbacks feedback;

    FeedbackResource(SessionFeedbacks feedback) {
        this.feedback = feedback;
    }

    @PUT
    @Path("/sessions/{sessionId}/feedback/mine")
    @RolesAllowed(Role.DELEGATE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveSessionFeedback", summary = "Rate a session I attended, and say why",
            description = "A rating from 1 (poor) to 5 (excellent) and, if wished, a comment, on a session of the "
                    + "published program once it has started; given again, it replaces the first. Delegates whose "
                    + "registration at the conference is approved or checked in (others 403; not registered 404). "
                    + "The organizers read the comments without names.")
    @APIResponse(responseCode = "200", description = "Given, or replaced",
            content = @Content(schema = @Schema(implementation = FeedbackViews.Mine.class)))
    @APIResponse(responseCode = "409", description = "The session has not started (`session-not-started`)")
    public FeedbackViews.Mine give(@PathParam("sessionId") UUID sessionId, @Valid @NotNull FeedbackRequest request) {
        return FeedbackViews.Mine.of(feedback.give(sessionId, request));
    }

    @GET
    @Path("/sessions/{sessionId}/feedback/mine")
    @RolesAllowed(Role.DELEGATE)
    @Operation(operationId = "getMySessionFeedback", summary = "My feedback on a session",
            description = "What the caller said of the session; 404 until they have said something.")
    public FeedbackViews.Mine mine(@PathParam("sessionId") UUID sessionId) {
        return FeedbackViews.Mine.of(feedback.mine(sessionId));
    }

    @GET
    @Path("/sessions/{sessionId}/feedback")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.DELEGATE})
    @Operation(operationId = "listSessionFeedbackComments", summary = "The comments on a session, newest first, without names",
            description = "Each comment with its rating and when it was given; ratings without a comment are counted "
                    + "in the summaries only. " + READERS + " Cursor-paged: start without a cursor, then pass "
                    + "nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<FeedbackViews.Comment>> comments(@PathParam("sessionId") UUID sessionId,
                                                             @QueryParam("limit") Integer limit,
                                                             @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(feedback.comments(sessionId, PageRequest.of(limit, cursor)).map(FeedbackViews.Comment::of), uri);
    }

    @GET
    @Path("/sessions/{sessionId}/feedback/summary")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN, Role.DELEGATE})
    @Operation(operationId = "getSessionFeedback", summary = "A session's ratings",
            description = "How many rated the session, the mean rating, and how many gave each rating from 1 to 5. "
                    + READERS)
    public FeedbackViews.Summary summary(@PathParam("sessionId") UUID sessionId) {
        return FeedbackViews.Summary.of(feedback.summary(sessionId));
    }

    @GET
    @Path("/conferences/{conferenceId}/feedback")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getSessionFeedbackSummary", summary = "Each published session's ratings",
            description = "Every session of the latest release, in the program's order: how many rated it, the mean "
                    + "rating, and how many gave each rating from 1 to 5. Organizers; 404 until a release is published.")
    public List<FeedbackViews.Summary> summary(@PathParam("conferenceId") String conferenceId) {
        return feedback.summaries(conferenceId).stream().map(FeedbackViews.Summary::of).toList();
    }
}
