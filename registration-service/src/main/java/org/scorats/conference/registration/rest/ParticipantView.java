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
@Schema(name = "Participant")
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
