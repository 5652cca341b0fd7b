package org.scorats.conference.registration.rest;

import org.scorats.conference.registration.service.ParticipantRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.ParticipantStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A participant as the caller may see them: passport number and date of birth only for
 * organizers. Times are in the conference's time zone.
 */
@Schema(name = "Participant", example = """
        {"id": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "conferenceId": "sco-rats-2024",
         "delegationId": "6e52e388-0da5-470d-9ea9-5e91e737567f", "organizationCode": "CIS-ATC",
         "externalId": "ATC-0001", "givenName": "Алексей", "familyName": "Соколов", "givenNameLatin": "Aleksei",
         "familyNameLatin": "Sokolov", "email": "a.sokolov@cisatc.example", "phone": "+7 495 000 00 00",
         "language": "ru", "role": "delegate", "attendance": "in-person",
         "arrival": {"at": "2024-09-03T18:40:00+05:00", "transport": "flight", "reference": "HY 602"},
         "lateArrival": false, "dietaryNeeds": "halal", "privacyConsent": true, "publicListingConsent": true,
         "status": "approved", "version": 2, "createdAt": "2024-06-03T07:17:51Z",
         "updatedAt": "2024-06-05T10:02:13Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(
        UUID id,
        String conferenceId,
        UUID delegationId,
        String organizationCode,
        String externalId,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        String email,
        String phone,
        String telegram,
        String whatsapp,
        Language language,
        ParticipantRole role,
        Attendance attendance,
        ParticipantRequest.Arrival arrival,
        @Schema(description = "Arrives after the conference's deadline; accepted and flagged") boolean lateArrival,
        String dietaryNeeds,
        String accessibilityNeeds,
        boolean privacyConsent,
        boolean publicListingConsent,
        @Schema(description = "Organizers only") String passportNumber,
        @Schema(description = "Organizers only") LocalDate dateOfBirth,
        ParticipantStatus status,
        @Schema(description = "The organizer's reason, for rejections") String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ParticipantView of(Participant p, ZoneId zone, boolean withIdentityDocuments) {
        var arrival = p.arrivalAt == null ? null : new ParticipantRequest.Arrival(
                p.arrivalAt.atZone(zone).toOffsetDateTime(), p.arrivalTransport, p.arrivalReference, p.travelNotes);
        return new ParticipantView(p.id, p.conferenceId, p.delegationId, p.organizationCode, p.externalId,
                p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin, p.email, p.phone, p.telegram,
                p.whatsapp, p.language, p.role, p.attendance, arrival, p.lateArrival, p.dietaryNeeds,
                p.accessibilityNeeds, p.privacyConsent, p.publicListingConsent,
                withIdentityDocuments ? p.passportNumber : null,
                withIdentityDocuments && p.dateOfBirth != null ? LocalDate.parse(p.dateOfBirth) : null,
                p.status, p.statusReason, p.version, p.createdAt, p.updatedAt);
    }
}
