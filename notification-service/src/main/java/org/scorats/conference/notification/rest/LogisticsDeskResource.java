package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.scorats.conference.events.registration.ArrivalChange;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.service.LogisticsDesk;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrivals", description = "Who arrives when, for the logistics desk")
public class LogisticsDeskResource {

    private final LogisticsDesk desk;
    private final ObjectMapper json;
    private final ObjectReader changes;

    LogisticsDeskResource(LogisticsDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
        this.changes = json.readerFor(ArrivalChange.class).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    @GET
    @Path("/conferences/{conferenceId}/logistics-inbox")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "listLogisticsInbox", summary = "The logistics desk's inbox: arrival changes, newest first",
            description = "Every change to the arrival of an approved or checked-in participant (time, transport, "
                    + "flight or train), as it was and as it is now, newest first, so the desk meeting delegations "
                    + "re-plans its cars. Organizers. Cursor-paged: start without a cursor, then pass nextCursor "
                    + "until it is absent; limit 1 to 200.")
    public RestResponse<Page<DeskNoticeView>> list(@PathParam("conferenceId") String conferenceId,
                                                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                   @Context UriInfo uri) {
        return PageResponses.ok(desk.page(conferenceId, PageRequest.of(limit, cursor)).map(n -> DeskNoticeView.of(n, json, changes)), uri);
    }
}
