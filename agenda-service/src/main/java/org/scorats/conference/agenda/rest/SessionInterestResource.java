package org.scorats.conference.agenda.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.service.PersonalAgenda;
import org.scorats.conference.conventions.security.Role;

import java.util.List;

/** Which sessions draw whom: the personal agendas, counted for the organizers' planning of the halls. */
@Path("/api/v1/conferences/{conferenceId}/session-interest")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Session interest", description = "Personal agendas counted, for the organizers' planning of the halls")
public class SessionInterestResource {

    private final PersonalAgenda agenda;

    SessionInterestResource(PersonalAgenda agenda) {
        this.agenda = agenda;
    }

    @GET
    @Operation(operationId = "getSessionInterest", summary = "How many marked each published session, against its room",
            description = "Every session of the latest release in the program's order: how many people who are "
                    + "coming (registration approved or checked in) marked it in their agenda, its room's seats, "
                    + "and the fill (over 1: the room is too small). Who marked what is not shown. Organizers; 404 "
                    + "until a release is published.")
    public List<SessionInterestView> interest(@PathParam("conferenceId") String conferenceId) {
        return agenda.interest(conferenceId).stream().map(SessionInterestView::of).toList();
    }
}
