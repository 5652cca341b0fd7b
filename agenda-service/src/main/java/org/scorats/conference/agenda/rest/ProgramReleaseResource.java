package org.scorats.conference.agenda.rest;

import org.scorats.conference.agenda.service.ProgramSeed.Seeded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.ProgramRelease;
import org.scorats.conference.agenda.service.ProgramReleases;
import org.scorats.conference.agenda.service.ProgramSeed;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;

import java.net.URI;

/**
 * What organizers do to the published program: publish the draft as the next release, or fill an
 * empty draft from a bundled program. Its reads are in {@link PublishedProgramResource}.
 */
@Path("/api/v1/conferences/{conferenceId}/program")
@RolesAllowed({Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Published program", description = "Releases of the program in English, Chinese and Russian; iCalendar; schedule.json")
public class ProgramReleaseResource {

    private final ProgramReleases programs;
    private final ProgramSeed seed;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    ProgramReleaseResource(ProgramReleases programs, ProgramSeed seed, IdempotencyKeys idempotency, Caller caller) {
        this.programs = programs;
        this.seed = seed;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/releases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishProgramRelease", summary = "Publish the draft as the next release",
            description = "Freezes the draft, compares it with the previous release and announces the changes with the "
                    + "people they concern. A draft with sessions outside the conference's days (it moved since they were "
                    + "planned), or with talks or chairs of speakers whose registration has ended, is 409 "
                    + "`schedule-conflict` naming each, and nothing is published. Send an Idempotency-Key "
                    + "to retry safely: the same key and body answer the first release instead of publishing another.")
    @APIResponse(responseCode = "409", description = "Schedule conflict: the problem's conflicts name every session outside the "
            + "conference, and every talk or chaired session of a speaker no longer taking part")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = ReleaseView.class)))
    public Response publish(@PathParam("conferenceId") String conferenceId,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull ReleaseRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST releases of " + conferenceId, request, () -> {
            ProgramRelease release = programs.publish(conferenceId, request.comment());
            return Response.created(URI.create("/api/v1/conferences/" + conferenceId + "/program/releases/" + release.key.number))
                    .entity(ReleaseView.of(release)).build();
        }, number -> Response.ok(ReleaseView.of(programs.release(conferenceId, Integer.parseInt(number)))).build());
    }

    @POST
    @Path("/seed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "seedProgram", summary = "Fill an empty draft with a bundled program",
            description = "program (default: the conference's own id) names it; sco-rats-2024 is the 10th conference's "
                    + "concept note: plenary and sessions I-IV with every discussion topic, in English, Chinese and Russian")
    @APIResponse(responseCode = "201", description = "Seeded; publish a release to make it public",
            content = @Content(schema = @Schema(implementation = Seeded.class)))
    @APIResponse(responseCode = "409", description = "The draft has sessions already")
    public Response seed(@PathParam("conferenceId") String conferenceId, @QueryParam("program") String program) {
        return Response.status(Response.Status.CREATED)
                .entity(seed.seed(conferenceId, program == null || program.isBlank() ? conferenceId : program)).build();
    }
}
