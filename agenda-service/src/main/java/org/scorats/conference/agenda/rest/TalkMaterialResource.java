package org.scorats.conference.agenda.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.agenda.domain.TalkMaterial;
import org.scorats.conference.agenda.service.TalkMaterials;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Slides and papers for talks: added and removed by organizers and the talk's speakers, read by
 * anyone once the talk is in the published program.
 */
@Path("/api/v1")
@Tag(name = "Talk materials", description = "Slides and papers for talks, public with the published program")
public class TalkMaterialResource {

    static final String PDF = "application/pdf";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private final TalkMaterials materials;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    TalkMaterialResource(TalkMaterials materials, IdempotencyKeys idempotency, Caller caller) {
        this.materials = materials;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/talks/{talkId}/materials")
    @RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
    @Consumes({PDF, PPTX, DOCX, ODP})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTalkMaterial", summary = "Add a file to a talk: slides, a paper",
            description = "The body is the file itself, up to 20 MiB, sent with its Content-Type: PDF, PowerPoint "
                    + "(pptx), Word (docx) or OpenDocument presentation (odp); a file whose bytes are not of that "
                    + "type is refused. `fileName` (with the type's extension) is the name it is downloaded under; "
                    + "`title` what it is, the file name when not given. At most 10 per talk. Organizers, and a "
                    + "delegate who is one of the talk's speakers; to anyone else the talk is 404. Public, at "
                    + "`href`, once the talk is in the published program.")
    @RequestBody(content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PPTX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ODP, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "409", description = "The talk has 10 materials already (`too-many-materials`)")
    public Response add(@PathParam("talkId") UUID talkId, @QueryParam("fileName") String fileName,
                        @QueryParam("title") String title, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, byte[] content) {
        var upload = new TalkMaterials.Upload(fileName, title, contentType, content);
        // The same file under the same name is the same request; its digest stands for its bytes.
        Map<String, Object> fingerprint = Map.of("fileName", String.valueOf(fileName), "title", String.valueOf(title),
                "contentType", String.valueOf(contentType), "sha256", TalkMaterials.sha256(content == null ? new byte[0] : content));
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/talks/" + talkId + "/materials", fingerprint,
                () -> {
                    TalkMaterial m = materials.add(talkId, upload);
                    return Response.created(URI.create("/api/v1/materials/" + m.id))
                            .type(MediaType.APPLICATION_JSON).entity(MaterialView.of(m)).build();
                }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/talks/{talkId}/materials")
    @RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listTalkMaterials", summary = "A talk's materials, oldest first",
            description = "Every material of the talk, published or not yet. Organizers and the talk's speakers.")
    public List<MaterialView> list(@PathParam("talkId") UUID talkId) {
        return materials.ofTalk(talkId).stream().map(MaterialView::of).toList();
    }

    @GET
    @Path("/materials/{id}")
    @RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTalkMaterial", summary = "One material of a talk",
            description = "What was uploaded, by whom and when. Organizers and the talk's speakers.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(MaterialView.of(materials.get(id)), MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("/materials/{id}")
    @RolesAllowed({Role.DELEGATE, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "removeTalkMaterial", summary = "Remove a material from a talk",
            description = "Gone from the talk and from the public program at once. Organizers and the talk's speakers.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id) {
        materials.remove(id);
    }
}
