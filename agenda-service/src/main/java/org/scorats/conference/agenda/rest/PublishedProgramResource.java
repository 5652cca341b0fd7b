package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.scorats.conference.agenda.service.ProgramView;
import org.scorats.conference.conventions.problem.ProblemException;

import org.scorats.conference.agenda.service.ReaderLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.scorats.conference.agenda.service.ProgramReleases;
import org.scorats.conference.agenda.service.PublishedProgram;
import org.scorats.conference.agenda.service.TalkMaterials;
import org.scorats.conference.events.agenda.ProgramChange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
public class PublishedProgramResource {

    public static final String CALENDAR = "text/calendar";
    private static final String CALENDAR_UTF8 = CALENDAR + "; charset=UTF-8";
    private static final CacheControl CACHE = cache();

    private final PublishedProgram published;
    private final ProgramReleases programs;

    private final PublicAddress address;
    private final TalkMaterials talkMaterials;

    PublishedProgramResource(PublishedProgram published, ProgramReleases programs, PublicAddress address,
                             TalkMaterials talkMaterials) {
        this.published = published;
        this.programs = programs;
        this.address = address;
        this.talkMaterials = talkMaterials;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublishedProgram",
            summary = "The latest release, by day and session, in the language asked",
            description = "?lang= (en, zh, ru) wins over Accept-Language. Missing texts fall back in the order given in "
                    + "fallbackOrder; fallbacks lists where that happened.")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Nothing published yet")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response program(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = published.latestRelease(conferenceId);
        return cached(request, tag(latest, reader), reader, MediaType.APPLICATION_JSON,
                () -> published.program(conferenceId, latest, reader));
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getProgramCalendar",
            summary = "The whole program as iCalendar (RFC 5545), one event per session",
            description = "The latest release of the whole program as iCalendar (RFC 5545) to subscribe to: one "
                    + "event per session, its talks in the description, times in the conference's zone. Texts "
                    + "in the language asked for with lang or Accept-Language (en, zh, ru), falling back to the "
                    + "others when a text is missing. Public, no token. Cached for 60 s and validated with the "
                    + "ETag (If-None-Match answers 304); 404 until a first release is published.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "calendar", value = ProgramExamples.PROGRAM_CALENDAR)))
    public Response calendar(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = published.latestRelease(conferenceId);
        return cached(request, tag(latest, reader), reader, CALENDAR_UTF8,
                () -> published.calendar(conferenceId, latest, reader));
    }

    @GET
    @Path("/sessions/{sessionId}/calendar.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getSessionCalendar", summary = "One session as iCalendar: the session and each of its talks",
            description = "One published session as iCalendar: the session and each of its talks as events. Texts "
                    + "in the language asked for with lang or Accept-Language (en, zh, ru), falling back to the "
                    + "others when a text is missing. Public, no token. Cached for 60 s and validated with the "
                    + "ETag (If-None-Match answers 304); 404 until a first release is published.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "calendar", value = ProgramExamples.SESSION_CALENDAR)))
    public Response sessionCalendar(@PathParam("conferenceId") String conferenceId, @PathParam("sessionId") UUID sessionId,
                                    @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                    @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = published.latestRelease(conferenceId);
        // Rendered before the precondition check, so an unknown session is a 404 whatever the client cached.
        String calendar = published.sessionCalendar(conferenceId, latest, sessionId, reader);
        return cached(request, tag(latest, reader), reader, CALENDAR_UTF8, () -> calendar);
    }

    @GET
    @Path("/speakers/{speakerId}/calendar.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getSpeakerCalendar", summary = "One person's talks and chaired sessions as iCalendar",
            description = "One person's talks and chaired sessions from the latest release as iCalendar, for the "
                    + "speaker's own calendar. Texts in the language asked for with lang or Accept-Language "
                    + "(en, zh, ru), falling back to the others when a text is missing. Public, no token. "
                    + "Cached for 60 s and validated with the ETag (If-None-Match answers 304); 404 until a "
                    + "first release is published.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "calendar", value = ProgramExamples.SPEAKER_CALENDAR)))
    public Response speakerCalendar(@PathParam("conferenceId") String conferenceId, @PathParam("speakerId") UUID speakerId,
                                    @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                    @Context Request request) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = published.latestRelease(conferenceId);
        String calendar = published.speakerCalendar(conferenceId, latest, speakerId, reader);
        return cached(request, tag(latest, reader), reader, CALENDAR_UTF8, () -> calendar);
    }

    @GET
    @Path("/schedule.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScheduleJson",
            summary = "The latest release as frab / c3voc schedule.json, for conference schedule apps",
            description = "The latest release in the frab / c3voc schedule.json format that conference schedule "
                    + "apps import, with absolute links built on the gateway's public address; breaks sit in "
                    + "the declared room \"Venue\"; each session's attachments are its talks' materials (url, "
                    + "title), whose adding or removal changes the ETag. Texts in the language asked for with "
                    + "lang or Accept-Language (en, zh, ru), falling back to the others when a text is missing. "
                    + "Public, no token. "
                    + "Cached for 60 s and validated with the ETag (If-None-Match answers 304); 404 until a "
                    + "first release is published.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "schedule", value = ProgramExamples.SCHEDULE_JSON)))
    public Response scheduleJson(@PathParam("conferenceId") String conferenceId, @QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        ReaderLanguage reader = ReaderLanguage.of(lang, acceptLanguage);
        int latest = published.latestRelease(conferenceId);
        // Absolute, as the schema wants and apps need to build links: the program as the public reads it.
        String base = address.of(uri, headers) + "/api/v1/conferences/" + conferenceId + "/program";
        List<TalkMaterials.Published> materials = talkMaterials.published(conferenceId, latest);
        // Materials come and go between releases: the tag names them too, so caches see the change.
        String fingerprint = TalkMaterials.fingerprint(materials);
        return cached(request, tag(latest, reader) + (fingerprint.isEmpty() ? "" : "-" + fingerprint), reader,
                MediaType.APPLICATION_JSON, () -> published.scheduleJson(conferenceId, latest, reader, base, materials));
    }

    @GET
    @Path("/releases")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProgramReleases", summary = "Every release, oldest first",
            description = "Every published release of the program, oldest first, with its number, comment and time. "
                    + "Public, no token.")
    public List<ReleaseView> releases(@PathParam("conferenceId") String conferenceId) {
        return published.releases(conferenceId).stream().map(ReleaseView::of).toList();
    }

    @GET
    @Path("/releases/{number}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProgramRelease", summary = "One release as published, every language",
            description = "One release exactly as it was published, frozen: every language, times as instants, "
                    + "rooms and speakers included. Public, no token.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramDocument.class),
            examples = @ExampleObject(name = "release", value = ProgramExamples.RELEASE)))
    public ProgramDocument release(@PathParam("conferenceId") String conferenceId, @PathParam("number") int number) {
        return published.release(conferenceId, number);
    }

    @GET
    @Path("/changes")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProgramChanges",
            summary = "What changed between two releases: added, cancelled, moved, speakers changed",
            description = "What changed from release `from` to release `to`: sessions and talks added, cancelled, "
                    + "moved in time or room, and speakers who joined or left, with the participants each "
                    + "change concerns. Both releases must exist and differ. Public, no token.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProgramChange.class),
            examples = @ExampleObject(name = "changes", value = ProgramExamples.CHANGES)))
    public List<ProgramChange> changes(@PathParam("conferenceId") String conferenceId,
                                       @QueryParam("from") @NotNull Integer from, @QueryParam("to") @NotNull Integer to) {
        return programs.changes(conferenceId, from, to);
    }

    @GET
    @Path("/materials")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublishedMaterials", summary = "The materials of the published program's talks",
            description = "Every material of a talk in the latest release, in the program's order, with where to "
                    + "download it. Public, no token. Cached for 60 s; 404 until a first release is published.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedMaterialView.class)))
    public Response published(@PathParam("conferenceId") String conferenceId) {
        List<PublishedMaterialView> views = talkMaterials.published(conferenceId).stream().map(PublishedMaterialView::of).toList();
        return Response.ok(views, MediaType.APPLICATION_JSON).cacheControl(cache(60)).build();
    }

    @GET
    @Path("/materials/{materialId}")
    @PermitAll
    @Produces({TalkMaterialResource.PDF, TalkMaterialResource.PPTX, TalkMaterialResource.DOCX, TalkMaterialResource.ODP})
    @Operation(operationId = "downloadPublishedMaterial", summary = "Download a material of the published program",
            description = "The file, under its name, as an attachment; its ETag is its SHA-256 (If-None-Match "
                    + "answers 304). Public, no token; 404 unless its talk is in the latest release.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = TalkMaterialResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TalkMaterialResource.PPTX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TalkMaterialResource.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TalkMaterialResource.ODP, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response download(@PathParam("conferenceId") String conferenceId, @PathParam("materialId") UUID materialId,
                             @Context Request request) {
        TalkMaterials.Download file = talkMaterials.download(conferenceId, materialId);
        EntityTag etag = new EntityTag(file.material().sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(file.content(), file.material().contentType)
                .header("Content-Disposition", attachment(file.material().fileName))
                .header("X-Content-Type-Options", "nosniff");
        // private: a browser keeps it, the gateway's cache of the program does not (files would crowd it out)
        CacheControl control = cache(300);
        control.setPrivate(true);
        return answer.tag(etag).cacheControl(control).build();
    }

    /** RFC 6266: an ASCII name for old clients, and the name as given (Cyrillic, Chinese) for the rest. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** 304 while the client has the rendering the tag names; the body is made only when needed. */
    private static Response cached(Request request, String tag, ReaderLanguage reader, String type,
                                   Supplier<Object> body) {
        EntityTag etag = new EntityTag(tag);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null && unchanged.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw ProblemException.preconditionFailed("The program's current version is " + etag);
        }
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(body.get(), type);
        return response.tag(etag).cacheControl(CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.language())
                .build();
    }

    /** What a rendering of the release depends on: the release and the language. */
    private static String tag(int release, ReaderLanguage reader) {
        return "r" + release + "-" + reader.language();
    }

    private static CacheControl cache() {
        CacheControl control = cache(60);
        control.setMustRevalidate(true);
        return control;
    }

    private static CacheControl cache(int seconds) {
        CacheControl control = new CacheControl();
        control.setMaxAge(seconds);
        return control;
    }
}
