package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for an invitation letter and, once issued, the letter's reference. The passport number
 * is shown to organizers only (and printed on the letter).
 */
@Schema(name = "VisaLetter", example = """
        {"id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "participantId": "b138d10a-ca06-4cda-99bf-a7928eab7f22",
         "conferenceId": "sco-rats-2024", "status": "issued", "nationality": "CN", "passportNumber": "E12345678",
         "embassy": "Embassy of the Republic of Uzbekistan in Beijing", "travelFrom": "2024-09-02",
         "travelUntil": "2024-09-07", "language": "zh", "reference": "SCO-RATS-2024-VL-7K3M9QX2",
         "requestedAt": "2024-07-10T08:14:00Z", "decidedAt": "2024-07-12T11:02:00Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisaLetterView(UUID id, UUID participantId, String conferenceId, VisaLetterStatus status, String nationality,
                             String passportNumber, String embassy, LocalDate travelFrom, LocalDate travelUntil,
                             Language language, String reference, String reason,
                             @Schema(description = "Set when the platform refused or revoked it on its own: withdrawn, "
                                     + "rejected, waitlisted, deleted, remote or conference-moved; absent for an "
                                     + "organizer's own reason") String reasonCode,
                             Instant requestedAt, Instant decidedAt) {

    static VisaLetterView of(VisaLetter l, boolean organizer) {
        return new VisaLetterView(l.id, l.participantId, l.conferenceId, l.status, l.nationality,
                organizer ? l.passportNumber : null, l.embassy, l.travelFrom, l.travelUntil, l.language, l.reference,
                l.reason, l.reasonCode, l.createdAt, l.decidedAt);
    }
}
