package org.scorats.conference.notification.rest;

import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.notification.service.InboxItem;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.service.InboxService;

import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Inbox", description = "A delegate's own notifications, in their language")
public class InboxResource {

    private final InboxService inbox;

    InboxResource(InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    @Path("/conferences/{conferenceId}/inbox")
    @Operation(operationId = "listMyInbox", summary = "My notifications, newest first",
            description = "The caller's notifications at the conference (registration received, approved, program "
                    + "changes that concern them), the same notices as the mails, in the caller's language. 404 "
                    + "when the caller is not registered there. Cursor-paged: start without a cursor, then pass "
                    + "nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<InboxItem>> mine(@PathParam("conferenceId") String conferenceId, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(inbox.page(conferenceId, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("/inbox/{noticeId}/read")
    @Operation(operationId = "markNoticeRead", summary = "Mark one of my notifications read",
            description = "Marks one of the caller's notifications read and answers it with the time it was read; "
                    + "marking it again keeps the first time.")
    public InboxItem read(@PathParam("noticeId") UUID noticeId) {
        return inbox.markRead(noticeId);
    }
}
