package org.scorats.conference.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.registration.service.CheckIn;
import org.scorats.conference.registration.service.CheckInStatistics;
import org.scorats.conference.registration.service.ScanRequest;

import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in", description = "Scans at the doors, online and uploaded from offline devices; who is inside")
public class CheckInResource {

    private final CheckIn checkIn;
    private final CheckInStatistics statistics;

    CheckInResource(CheckIn checkIn, CheckInStatistics statistics) {
        this.checkIn = checkIn;
        this.statistics = statistics;
    }

    @POST
    @Path("/conferences/{conferenceId}/check-in/scans")
    @RolesAllowed({Role.DOOR, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "scanBadge", summary = "Scan a badge at a door: admitted, already inside, revoked, unknown, not valid today",
            description = "The badge's token (from its QR code) or its typed code, the door, entry or exit, the device's "
                    + "time and a nonce. Answers what the door shows: `admitted`, `already-inside`, `exited`, "
                    + "`not-inside`, `revoked`, `unknown` (a code that matches no badge) or `not-valid-today`, with whom "
                    + "the badge names. The first admission checks an approved registration in. The same nonce sent "
                    + "again answers the first scan's result with `replayed` and counts once. A token that is "
                    + "truncated (400 `badge-unreadable`), forged (422 `badge-forged`), expired (422 `badge-expired`) or "
                    + "another conference's (422 `badge-other-conference`) is refused and nothing is recorded. Door "
                    + "staff and devices (role `door`), organizers.")
    @APIResponse(responseCode = "200", description = "Judged and recorded (or replayed)",
            content = @Content(schema = @Schema(implementation = ScanResultView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of token and code, or a token that cannot be read")
    @APIResponse(responseCode = "422", description = "A forged, expired or other conference's badge")
    public ScanResultView scan(@PathParam("conferenceId") String conferenceId, @Valid @NotNull ScanRequest request) {
        return ScanResultView.of(checkIn.scan(conferenceId, request));
    }

    @POST
    @Path("/conferences/{conferenceId}/check-in/scan-batches")
    @RolesAllowed({Role.DOOR, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "uploadScans", summary = "Upload scans a device made offline",
            description = "Up to 1,000 scans with their device times and nonces, applied in time order, each as "
                    + "`scanBadge` would (a refused scan refuses only itself, with its problem's code); nonces already "
                    + "uploaded count once, so a batch whose answer was lost is simply sent again. Reports conflicts: "
                    + "one badge entering at two doors within five minutes.")
    @APIResponse(responseCode = "200", description = "Each scan's result, and the conflicts",
            content = @Content(schema = @Schema(implementation = ScanBatchView.class)))
    public ScanBatchView batch(@PathParam("conferenceId") String conferenceId, @Valid @NotNull ScanBatchRequest request) {
        return ScanBatchView.of(checkIn.batch(conferenceId, request.scans()));
    }

    @GET
    @Path("/conferences/{conferenceId}/check-in/statistics")
    @RolesAllowed({Role.DOOR, Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getCheckInStatistics", summary = "How many are inside, per day, per delegation, per door",
            description = "Per conference day (in its zone): how many are inside after the day's last scan and how many "
                    + "were admitted at least once, the same per organization, and entries, exits and refusals per "
                    + "door. Offline scans count once uploaded, in their device time.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = CheckInStatisticsView.class)))
    public CheckInStatisticsView statistics(@PathParam("conferenceId") String conferenceId) {
        return new CheckInStatisticsView(conferenceId, statistics.of(conferenceId));
    }

    @GET
    @Path("/participants/{id}/scans")
    @RolesAllowed({Role.ORGANIZER, Role.ADMIN})
    @Operation(operationId = "getParticipantScans", summary = "Every scan of a participant's badges, in time order",
            description = "Every scan of any of the participant's badges (reissued ones included), in the devices' "
                    + "time order: door, entry or exit, outcome, device, online or uploaded later. Organizers only.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = ScanView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ScanView> scans(@PathParam("id") UUID id) {
        return checkIn.history(id).stream().map(ScanView::of).toList();
    }
}
