package org.scorats.conference.agenda.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramRelease;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.agenda.service.ICalendar;
import org.scorats.conference.agenda.service.ProgramLocalizer;
import org.scorats.conference.agenda.service.ProgramReleases;
import org.scorats.conference.agenda.service.ProgramSeed;
import org.scorats.conference.agenda.service.ScheduleJson;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.events.agenda.ProgramChange;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The published program: what the public, frontends and schedule apps read, never the draft.
 * Reads carry an ETag (release and language) and Cache-Control, so caches revalidate with
 * If-None-Match and get 304 until the next release.
 */
@Path("/api/v1/conferences/{conferenceId}/program")
@Tag(name = "Published program", description = "Releases of the program in English, Chinese and Russian; iCalendar; schedule.json")
public class PublicProgramResource {

    public static final String CALENDAR = "text/calendar";
    private static final CacheControl CACHE = cache();

    private final ReleaseRepository releases;
    private final ProgramReleases programs;
    private final ProgramSeed seed;

    PublicProgramResource(ReleaseRepository releases, ProgramReleases programs, ProgramSeed seed) {
        this.releases = releases;
        this.programs = programs;
        this.seed = seed;
    }

    @GET
    @PermitAll
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest release, by day and session, in the language asked",
            description = "?lang= (en, zh, ru) wins over Accept-Language. Missing texts fall back in the order given in "
                    + "fallbackOrder; fallbacks lists where that happened.")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Nothing published yet")
    public Response program(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = releases.requireLatestNumber(conferenceId);
        return cached(request, latest, reader, MediaType.APPLICATION_JSON,
                () -> ProgramLocalizer.render(programs.published(conferenceId, latest), reader));
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Transactional
    @Produces(CALENDAR)
    @Operation(summary = "The whole program as iCalendar (RFC 5545), one event per session")
    public Response calendar(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = releases.requireLatestNumber(conferenceId);
        return cached(request, latest, reader, CALENDAR + "; charset=UTF-8", () -> {
            ProgramDocument program = programs.published(conferenceId, latest);
            return ICalendar.write(program, ProgramLocalizer.text(program.conference().name(), reader),
                    ICalendar.sessions(program, program.sessions(), reader));
        });
    }

    @GET
    @Path("/sessions/{sessionId}/calendar.ics")
    @PermitAll
    @Transactional
    @Produces(CALENDAR)
    @Operation(summary = "One session as iCalendar: the session and each of its talks")
    public Response sessionCalendar(@PathParam("conferenceId") String conferenceId, @PathParam("sessionId") UUID sessionId,
                                    @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                    @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = releases.requireLatestNumber(conferenceId);
        ProgramDocument program = programs.published(conferenceId, latest);
        var session = program.session(sessionId).orElseThrow(() -> ProblemException.notFound("Published session", sessionId));
        return cached(request, latest, reader, CALENDAR + "; charset=UTF-8", () -> {
            List<ICalendar.Entry> entries = new ArrayList<>(ICalendar.sessions(program, List.of(session), reader));
            entries.addAll(ICalendar.talks(program, session, session.talks(), reader));
            return ICalendar.write(program, ProgramLocalizer.text(session.title(), reader), entries);
        });
    }

    @GET
    @Path("/speakers/{speakerId}/calendar.ics")
    @PermitAll
    @Transactional
    @Produces(CALENDAR)
    @Operation(summary = "One person's talks and chaired sessions as iCalendar")
    public Response speakerCalendar(@PathParam("conferenceId") String conferenceId, @PathParam("speakerId") UUID speakerId,
                                    @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                    @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = releases.requireLatestNumber(conferenceId);
        ProgramDocument program = programs.published(conferenceId, latest);
        var speaker = program.speakersById().get(speakerId);
        if (speaker == null) {
            throw ProblemException.notFound("Published speaker", speakerId);
        }
        return cached(request, latest, reader, CALENDAR + "; charset=UTF-8", () -> {
            List<ICalendar.Entry> entries = new ArrayList<>(ICalendar.sessions(program, program.sessions().stream()
                    .filter(s -> s.chairIds().contains(speakerId)).toList(), reader));
            program.sessions().forEach(s -> entries.addAll(ICalendar.talks(program, s,
                    s.talks().stream().filter(t -> t.speakerIds().contains(speakerId)).toList(), reader)));
            return ICalendar.write(program, ProgramLocalizer.latinName(speaker), entries);
        });
    }

    @GET
    @Path("/schedule.json")
    @PermitAll
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest release as frab / c3voc schedule.json, for conference schedule apps")
    public Response scheduleJson(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context Request request, @Context UriInfo uri) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = releases.requireLatestNumber(conferenceId);
        String base = "/api/v1/conferences/" + conferenceId + "/program";
        return cached(request, latest, reader, MediaType.APPLICATION_JSON,
                () -> ScheduleJson.of(programs.published(conferenceId, latest), reader, base));
    }

    @GET
    @Path("/releases")
    @PermitAll
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every release, oldest first")
    public List<ReleaseView> releases(@PathParam("conferenceId") String conferenceId) {
        return releases.ofConference(conferenceId).stream().map(ReleaseView::of).toList();
    }

    @GET
    @Path("/releases/{number}")
    @PermitAll
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One release as published, every language")
    public ProgramDocument release(@PathParam("conferenceId") String conferenceId, @PathParam("number") int number) {
        return programs.document(releases.require(conferenceId, number));
    }

    @GET
    @Path("/changes")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed between two releases: added, cancelled, moved, speakers changed")
    public List<ProgramChange> changes(@PathParam("conferenceId") String conferenceId,
                                       @QueryParam("from") @NotNull Integer from, @QueryParam("to") @NotNull Integer to) {
        return programs.changes(conferenceId, from, to);
    }

    @POST
    @Path("/releases")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft as the next release",
            description = "Freezes the draft, compares it with the previous release and announces the changes with the people they concern")
    @APIResponse(responseCode = "201", description = "Published")
    public Response publish(@PathParam("conferenceId") String conferenceId, @Valid @NotNull ReleaseRequest request) {
        ProgramRelease release = programs.publish(conferenceId, request.comment());
        return Response.created(URI.create("/api/v1/conferences/" + conferenceId + "/program/releases/" + release.key.number))
                .entity(ReleaseView.of(release)).build();
    }

    @POST
    @Path("/seed")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill an empty draft with a bundled program",
            description = "program (default: the conference's own id) names it; sco-rats-2024 is the 10th conference's "
                    + "concept note: plenary and sessions I-IV with every discussion topic, in English, Chinese and Russian")
    @APIResponse(responseCode = "201", description = "Seeded; publish a release to make it public")
    @APIResponse(responseCode = "409", description = "The draft has sessions already")
    public Response seed(@PathParam("conferenceId") String conferenceId, @QueryParam("program") String program) {
        return Response.status(Response.Status.CREATED)
                .entity(seed.seed(conferenceId, program == null || program.isBlank() ? conferenceId : program)).build();
    }

    /** 304 while the release and language are those the client has; the body is made only when needed. */
    private static Response cached(Request request, int release, ReaderLanguage reader, String type,
                                   Supplier<Object> body) {
        EntityTag etag = new EntityTag("r" + release + "-" + reader.language());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(body.get(), type);
        return response.tag(etag).cacheControl(CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.language())
                .build();
    }

    private static CacheControl cache() {
        CacheControl control = new CacheControl();
        control.setMaxAge(60);
        control.setMustRevalidate(true);
        return control;
    }
}
