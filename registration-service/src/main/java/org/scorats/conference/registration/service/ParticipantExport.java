package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A conference's participants as CSV for organizers' spreadsheets: UTF-8 with a byte order mark
 * (without it, spreadsheet programs read Cyrillic and Chinese as Latin-1 garbage), CRLF line ends
 * and RFC 4180 quoting. Passport numbers and dates of birth stay out of it: a spreadsheet is copied
 * and mailed around, the database is not.
 */
@ApplicationScoped
public class ParticipantExport {

    public static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("id", "organization", "family_name", "given_name",
            "family_name_latin", "given_name_latin", "email", "phone", "telegram", "whatsapp", "language", "role",
            "attendance", "status", "arrival_at", "arrival_transport", "arrival_reference", "late_arrival",
            "dietary_needs", "accessibility_needs", "public_listing_consent");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConferenceRepository conferences;
    private final ParticipantRepository participants;

    ParticipantExport(ConferenceRepository conferences, ParticipantRepository participants) {
        this.conferences = conferences;
        this.participants = participants;
    }

    @Transactional
    public String csv(String conferenceId) {
        Conference conference = conferences.require(conferenceId);
        ZoneId zone = conference.zone();
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER.stream());
        for (Participant p : participants.allOf(conferenceId)) {
            line(csv, Stream.of(p.id, p.organizationCode, p.familyName, p.givenName, p.familyNameLatin,
                    p.givenNameLatin, p.email, p.phone, p.telegram, p.whatsapp, p.language.code(), p.role.code(),
                    p.attendance.code(), p.status.code(),
                    p.arrivalAt == null ? null : LOCAL_TIME.format(p.arrivalAt.atZone(zone)),
                    p.arrivalTransport == null ? null : p.arrivalTransport.code(), p.arrivalReference,
                    p.lateArrival, p.dietaryNeeds, p.accessibilityNeeds, p.publicListingConsent));
        }
        return csv.toString();
    }

    static void line(StringBuilder csv, Stream<?> cells) {
        csv.append(cells.map(ParticipantExport::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting like a formula would run as one in the organizer's spreadsheet.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
