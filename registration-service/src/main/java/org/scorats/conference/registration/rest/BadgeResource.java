package org.scorats.conference.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.input.TypedParameters;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.service.Badges;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Badges", description = "Signed badges with a QR code, printable as PDF; the keys that verify them; door lists for offline devices")
public class BadgeResource {

    private final Badges badges;

    BadgeResource(Badges badges) {
        this.badges = badges;
    }

    @GET
    @Path("/participants/{id}/badge")
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getBadge", summary = "A participant's badge: its signed token and printed code",
            description = "The active badge of an approved or checked-in participant: the signed token its QR code "
                    + "holds (compact JWS, EdDSA, verifiable with the conference's badge keys) and the code printed "
                    + "under it. The participant, their head of delegation, their partner and organizers; 404 "
                    + "`no-badge` before approval or after a revocation.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BadgeView.class)))
    @APIResponse(responseCode = "404", description = "No such participant for the caller, or no active badge")
    public BadgeView badge(@PathParam("id") UUID id) {
        return BadgeView.of(badges.of(id));
    }

    @GET
    @Path("/participants/{id}/badge.pdf")
    @Produces(PdfResponses.PDF)
    @RolesAllowed({Role.DELEGATE, Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "printBadge", summary = "A participant's badge as a printable PDF (A6)",
            description = "One A6 page: the role's colour band, the name in its own script and in Latin, organization "
                    + "and delegation, the QR code of the signed token and the typed code. Who may read the badge may print it.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PdfResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such participant for the caller, or no active badge")
    public Response pdf(@PathParam("id") UUID id) {
        return PdfResponses.inline(badges.pdf(id), "badge-" + id + ".pdf");
    }

    @POST
    @Path("/participants/{id}/badge/reissue")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "reissueBadge", summary = "Replace a lost or misprinted badge",
            description = "Revokes the participant's active badge (door lists from now on refuse it) and issues a new "
                    + "one with a new code. Organizers only.")
    @APIResponse(responseCode = "200", description = "The new badge", content = @Content(schema = @Schema(implementation = BadgeView.class)))
    @APIResponse(responseCode = "404", description = "No such participant, or no active badge to replace")
    public BadgeView reissue(@PathParam("id") UUID id) {
        return BadgeView.of(badges.reissue(id));
    }

    @GET
    @Path("/conferences/{conferenceId}/badges.pdf")
    @Produces(PdfResponses.PDF)
    @RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "printBadges", summary = "Active badges as one PDF for printing, one A6 page each",
            description = "Every active badge of the conference matching the filters, by organization and name, in one "
                    + "file of at most 500 pages (422 `print-run-too-large` beyond: filter). A partner prints only "
                    + "its own organization's people.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PdfResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No active badge matches")
    @APIResponse(responseCode = "422", description = "More than 500 badges match")
    public Response pdfs(@PathParam("conferenceId") String conferenceId,
                         @QueryParam("organization") String organization,
                         @QueryParam("delegationId") UUID delegationId,
                         @QueryParam("role") String role) {
        byte[] pdf = badges.pdf(conferenceId, TypedParameters.filter(organization),
                delegationId, CodedEnum.fromParameter(ParticipantRole.class, "role", role));
        return PdfResponses.attachment(pdf, conferenceId + "-badges.pdf");
    }

    @GET
    @Path("/conferences/{conferenceId}/badge-keys")
    @PermitAll
    @Operation(operationId = "getBadgeKeys", summary = "The public keys that verify the conference's badges (JWKS)",
            description = "Every Ed25519 key that signed the conference's badges and door lists, current and retired, "
                    + "as a JSON Web Key Set. Public: door devices pin it while online and verify offline; a rotated "
                    + "key stays here, so badges it printed keep verifying.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BadgeKeysView.class)))
    public BadgeKeysView keys(@PathParam("conferenceId") String conferenceId) {
        return BadgeKeysView.of(badges.keys(conferenceId));
    }

    @POST
    @Path("/conferences/{conferenceId}/badge-keys")
    @RolesAllowed({Role.ADMIN})
    @Operation(operationId = "rotateBadgeKey", summary = "Start signing with a new badge key",
            description = "Retires the current signing key (it stays published, so printed badges keep verifying) and "
                    + "creates a new one for badges and door lists from now on. Devices fetch the key set again. Admins only.")
    @APIResponse(responseCode = "201", description = "The new key", content = @Content(schema = @Schema(implementation = BadgeKeysView.class)))
    public Response rotate(@PathParam("conferenceId") String conferenceId) {
        return Response.status(201).entity(BadgeKeysView.of(java.util.List.of(badges.rotate(conferenceId)))).build();
    }

    @GET
    @Path("/conferences/{conferenceId}/door-list")
    @RolesAllowed({Role.DOOR, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getDoorList", summary = "The signed door list for a day, for devices working offline",
            description = "Who may enter (every active badge, with what the door shows), every revoked badge code, and "
                    + "the badge keys, signed as one compact JWS (`signed`). A device downloads it while online, "
                    + "verifies `signed` against the keys it pinned from `getBadgeKeys`, and checks badges with no "
                    + "network (the reference verifier is `door-verifier`). `day` defaults to today in the "
                    + "conference's zone; from the evening before the first day to the last.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DoorListView.class)))
    public DoorListView doorList(@PathParam("conferenceId") String conferenceId, @QueryParam("day") LocalDate day) {
        return DoorListView.of(badges.doorList(conferenceId, day));
    }
}
