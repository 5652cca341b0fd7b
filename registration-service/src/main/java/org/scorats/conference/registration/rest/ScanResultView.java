package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.BadgeDesign;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ScanDirection;
import org.scorats.conference.registration.domain.ScanOutcome;
import org.scorats.conference.registration.service.CheckIn;

import java.time.Instant;
import java.util.UUID;

/**
 * What the door shows after a scan.
 *
 * @param replayed the nonce was uploaded before: this is that scan's answer, counted once
 * @param person   whom the badge names (absent for an unknown code): what door staff compare with
 *                 the person in front of them; no photo, passport or contact data
 */
@Schema(name = "ScanResult", example = """
        {"scanId": "9d1e6a0c-4e8b-4b7e-9f57-0d6c3b1f2a11", "nonce": "gate1-000213", "outcome": "admitted",
         "replayed": false, "door": "main-entrance", "direction": "entry", "scannedAt": "2024-09-04T03:41:07Z",
         "offline": false, "badge": "K7Q2M9XD3F",
         "person": {"participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "name": "Алексей Соколов",
                    "nameLatin": "Aleksei Sokolov", "organization": "CIS-ATC", "role": "delegate",
                    "attendance": "in-person", "status": "checked-in"}}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanResultView(UUID scanId, String nonce, ScanOutcome outcome, boolean replayed, String door,
                             ScanDirection direction, Instant scannedAt, boolean offline, String badge, Person person) {

    @Schema(name = "ScanPerson")
    public record Person(UUID participantId, String name, String nameLatin, String organization, String role,
                         String attendance, String status) {
    }

    static ScanResultView of(CheckIn.Judged judged) {
        Participant p = judged.participant();
        var s = judged.scan();
        return new ScanResultView(s.id, s.nonce, s.outcome, judged.replayed(), s.door, s.direction, s.scannedAt, s.offline,
                s.badgeCode, p == null ? null : new Person(p.id, BadgeDesign.nativeName(p), BadgeDesign.latinName(p),
                p.organizationCode, p.role.code(), p.attendance.code(), p.status.code()));
    }
}
