package org.scorats.conference.notification.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.service.MailDeliveries;

import java.util.UUID;

/** Organizers see how mail is getting out, and put dead mail back in line. */
@Path("/api/v1/mail-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Mail deliveries", description = "Every email, its state and attempts")
public class MailDeliveryResource {

    private final MailDeliveries mail;

    MailDeliveryResource(MailDeliveries mail) {
        this.mail = mail;
    }

    @GET
    @Operation(operationId = "listMailDeliveries", summary = "Emails, newest first, by status (pending, sent, failed, dead)",
            description = "The emails the platform sent or is sending, newest first, with status (pending, sent, "
                    + "failed, dead), attempts and the last error; filter by status. Cursor-paged: start "
                    + "without a cursor, then pass nextCursor until it is absent; limit 1 to 200.")
    public RestResponse<Page<MailDeliveryView>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        DeliveryStatus wanted = CodedEnum.fromParameter(DeliveryStatus.class, "status", status);
        return PageResponses.ok(mail.page(wanted, PageRequest.of(limit, cursor)).map(MailDeliveryView::of), uri);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(operationId = "resendMail", summary = "Send a failed or dead email again now",
            description = "Sends a failed or dead email again now, with its original content; a mail the mail "
                    + "server accepted already is 409, never sent twice.")
    @APIResponse(responseCode = "200", description = "Queued to be sent now",
            content = @Content(schema = @Schema(implementation = MailDeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The mail server has this mail already")
    public MailDeliveryView resend(@PathParam("id") UUID id) {
        return MailDeliveryView.of(mail.resend(id));
    }
}
