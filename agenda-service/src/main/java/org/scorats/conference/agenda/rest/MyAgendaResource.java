package org.scorats.conference.agenda.rest;

import org.scorats.conference.agenda.service.ReaderLanguage;
import org.scorats.conference.agenda.service.ProgramView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.service.PersonalAgenda;
import org.scorats.conference.agenda.service.ProgramLocalizer;
import org.scorats.conference.conventions.security.Role;

import java.util.UUID;

/** A signed-in person's own agenda: sessions they mark, and where they speak or chair. */
@Path("/api/v1/conferences/{conferenceId}/my-agenda")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
@Tag(name = "My agenda", description = "A delegate's personal agenda")
public class MyAgendaResource {

    private final PersonalAgenda agenda;

    MyAgendaResource(PersonalAgenda agenda) {
        this.agenda = agenda;
    }

    @GET
    @Operation(operationId = "getMyAgenda",
            summary = "My sessions from the latest release: those I marked, and where I speak or chair",
            description = "The caller's own agenda from the latest published release: the sessions they marked and "
                    + "those where they speak or chair, in time order. Texts in the language asked for with "
                    + "lang or Accept-Language (en, zh, ru), falling back to the others when a text is missing.")
    public ProgramView mine(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return ProgramLocalizer.render(agenda.of(conferenceId), ReaderLanguage.of(lang, acceptLanguage));
    }

    @PUT
    @Path("/sessions/{sessionId}")
    @Operation(operationId = "markMyAgendaSession", summary = "Mark a published session",
            description = "Adds a published session to the caller's agenda: they then hear of its changes (time, "
                    + "room, speakers) by mail and in their inbox.")
    @APIResponse(responseCode = "204", description = "Marked")
    public void mark(@PathParam("conferenceId") String conferenceId, @PathParam("sessionId") UUID sessionId) {
        agenda.mark(conferenceId, sessionId);
    }

    @DELETE
    @Path("/sessions/{sessionId}")
    @Operation(operationId = "unmarkMyAgendaSession", summary = "Unmark a session",
            description = "Removes a session from the caller's agenda; they no longer hear of its changes unless "
                    + "they speak or chair there.")
    @APIResponse(responseCode = "204", description = "Unmarked")
    public void unmark(@PathParam("conferenceId") String conferenceId, @PathParam("sessionId") UUID sessionId) {
        agenda.unmark(conferenceId, sessionId);
    }
}
