package org.scorats.conference.registration.service;

import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.LateArrivalPolicy;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.service.ParticipantRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Puts what a registration request says onto a participant, and names what changed: an upsert
 * that changes nothing must emit nothing.
 */
final class ParticipantDetails {

    private final List<String> changed = new ArrayList<>();

    private ParticipantDetails() {
    }

    /** Everything that can refuse a request, checked before anything changes. */
    static void validate(ParticipantRequest r, Conference conference) {
        new FieldErrors()
                .check(conference.languages.contains(r.language()), "language",
                        "must be a working language of the conference: " + conference.languages)
                .check(r.arrival() == null || r.attendance() == Attendance.IN_PERSON, "arrival",
                        "is only for in-person participants")
                .throwIfAny();
        if (r.arrival() != null && conference.isLate(r.arrival().at().toInstant())
                && conference.lateArrivalPolicy == LateArrivalPolicy.REFUSE) {
            ZoneId zone = conference.zone();
            throw ProblemException.unprocessable("arrival-after-deadline", "In-person participants must arrive by "
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(conference.arrivalDeadline.atZone(zone))
                    + "; this conference does not accept later arrivals");
        }
    }

    /** The fields that say who a registration is for: changing one after approval needs a new review. */
    static final Set<String> IDENTITY = Set.of("givenName", "familyName", "givenNameLatin", "familyNameLatin", "email",
            "passportNumber", "dateOfBirth");

    /**
     * @param keepAbsentSealed whether a passport number or date of birth missing from the request keeps
     *                         the stored one: for writers who are never shown them (the participant,
     *                         their partner or head), so that reading a registration and writing it
     *                         back does not erase what an organizer stored
     * @return the names of the fields that changed, in request order; empty if none did
     */
    static List<String> apply(ParticipantRequest r, Participant p, Conference conference, boolean keepAbsentSealed) {
        ParticipantDetails details = new ParticipantDetails();
        p.givenName = details.set("givenName", p.givenName, r.givenName().strip());
        p.familyName = details.set("familyName", p.familyName, r.familyName().strip());
        p.givenNameLatin = details.set("givenNameLatin", p.givenNameLatin, r.givenNameLatin().strip());
        p.familyNameLatin = details.set("familyNameLatin", p.familyNameLatin, r.familyNameLatin().strip());
        p.email = details.set("email", p.email, r.email().strip().toLowerCase(Locale.ROOT));
        p.phone = details.set("phone", p.phone, r.phone());
        p.telegram = details.set("telegram", p.telegram, r.telegram());
        p.whatsapp = details.set("whatsapp", p.whatsapp, r.whatsapp());
        p.language = details.set("language", p.language, r.language());
        p.role = details.set("role", p.role, r.role());
        p.attendance = details.set("attendance", p.attendance, r.attendance());

        var arrival = r.arrival();
        Instant arrivalAt = arrival == null ? null : arrival.at().toInstant();
        p.arrivalAt = details.set("arrival", p.arrivalAt, arrivalAt);
        p.arrivalTransport = details.set("arrival", p.arrivalTransport, arrival == null ? null : arrival.transport());
        p.arrivalReference = details.set("arrival", p.arrivalReference, arrival == null ? null : arrival.reference());
        p.travelNotes = details.set("arrival", p.travelNotes, arrival == null ? null : arrival.notes());
        p.lateArrival = details.set("lateArrival", p.lateArrival, conference.isLate(arrivalAt));

        p.dietaryNeeds = details.set("dietaryNeeds", p.dietaryNeeds, r.dietaryNeeds());
        p.accessibilityNeeds = details.set("accessibilityNeeds", p.accessibilityNeeds, r.accessibilityNeeds());
        p.privacyConsent = details.set("privacyConsent", p.privacyConsent, r.privacyConsent());
        p.publicListingConsent = details.set("publicListingConsent", p.publicListingConsent,
                Boolean.TRUE.equals(r.publicListingConsent()));
        if (r.passportNumber() != null || !keepAbsentSealed) {
            p.passportNumber = details.set("passportNumber", p.passportNumber, r.passportNumber());
        }
        if (r.dateOfBirth() != null || !keepAbsentSealed) {
            p.dateOfBirth = details.set("dateOfBirth", p.dateOfBirth, r.dateOfBirth() == null ? null : r.dateOfBirth().toString());
        }
        return List.copyOf(details.changed);
    }

    private <T> T set(String field, T current, T next) {
        if (!Objects.equals(current, next) && !changed.contains(field)) {
            changed.add(field);
        }
        return next;
    }
}
