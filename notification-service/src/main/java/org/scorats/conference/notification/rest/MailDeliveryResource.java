package org.scorats.conference.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;
import org.scorats.conference.notification.service.MailOutbox;

import java.util.Map;
import java.util.UUID;

/** Organizers see how mail is getting out, and put dead mail back in line. */
@Path("/api/v1/mail-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Mail deliveries", description = "Every email, its state and attempts")
public class MailDeliveryResource {

    private final EntityManager entityManager;
    private final MailOutbox mail;

    MailDeliveryResource(EntityManager entityManager, MailOutbox mail) {
        this.entityManager = entityManager;
        this.mail = mail;
    }

    @GET
    @Transactional
    @Operation(summary = "Emails, newest first, by status (pending, sent, failed, dead)")
    public Response list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(limit, cursor, 2);
        DeliveryStatus wanted = CodedEnum.fromParameter(DeliveryStatus.class, "status", status);
        Page<MailMessage> page = NewestFirst.page(entityManager, MailMessage.class,
                wanted == null ? null : "status = :status", wanted == null ? Map.of() : Map.of("status", wanted),
                request, m -> m.createdAt);
        return PageResponses.ok(page.map(MailDeliveryView::of), uri);
    }

    @POST
    @Path("/{id}/resend")
    @Transactional
    @Operation(summary = "Send a failed or dead email again now")
    public MailDeliveryView resend(@PathParam("id") UUID id) {
        return MailDeliveryView.of(mail.resend(id));
    }
}
