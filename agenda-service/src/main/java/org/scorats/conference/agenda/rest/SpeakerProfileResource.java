package org.scorats.conference.agenda.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.service.SpeakerBiography;
import org.scorats.conference.agenda.service.SpeakerService;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.security.Role;

/** A registered speaker's own profile: what the program says of them. */
@Path("/api/v1/conferences/{conferenceId}/speakers/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DELEGATE)
@Tag(name = "Speaker profile", description = "A speaker keeps their own biography in the program")
public class SpeakerProfileResource {

    private final SpeakerService speakers;

    SpeakerProfileResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(operationId = "getMySpeakerProfile", summary = "My speaker profile at a conference",
            description = "The speaker the organizers named the caller as: names from their registration, "
                    + "organization, biography, and the version for If-Match. Delegates whose registration stands; "
                    + "404 for anyone who is not a speaker of the conference.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    public Response mine(@PathParam("conferenceId") String conferenceId) {
        return view(speakers.mine(conferenceId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "describeMySpeakerProfile", summary = "Write my biography for the program",
            description = "Replaces the caller's biography (English required, Chinese and Russian as wished, each "
                    + "up to 2,000 characters); the next release of the program shows it. Names come from the "
                    + "registration and cannot be changed here. Send the ETag of your last read in If-Match: a "
                    + "change made since (by you or the organizers) answers 412 and nothing is written.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent in If-Match")
    public Response describe(@PathParam("conferenceId") String conferenceId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SpeakerBiography request) {
        return view(speakers.describeMine(conferenceId, request, ifMatch));
    }

    private Response view(Speaker speaker) {
        return Response.ok(SpeakerView.of(speaker, speakers.names(speaker))).tag(EntityVersions.etag(speaker.version)).build();
    }
}
