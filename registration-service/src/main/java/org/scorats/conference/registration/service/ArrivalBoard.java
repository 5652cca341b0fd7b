package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.Transport;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Who arrives when, for the logistics desk meeting delegations at the airport and the station:
 * in-person registrations holding a seat, by arrival time, those who gave no arrival yet, and
 * those arriving after the conference's deadline (the evening before day one). A partner sees its
 * own organization's people.
 */
@ApplicationScoped
public class ArrivalBoard {

    private static final List<String> HEADER = List.of("arrival_at", "transport", "reference", "late", "organization",
            "family_name_latin", "given_name_latin", "family_name", "given_name", "status", "role", "phone", "telegram",
            "whatsapp", "travel_notes");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConferenceRepository conferences;
    private final ParticipantRepository participants;
    private final RegistrationAccess access;

    ArrivalBoard(ConferenceRepository conferences, ParticipantRepository participants, RegistrationAccess access) {
        this.conferences = conferences;
        this.participants = participants;
        this.access = access;
    }

    /**
     * @param day       arrivals on this day in the conference's zone, or all
     * @param transport by this means, or all
     * @param lateOnly  only those after the deadline
     */
    public record Filter(LocalDate day, Transport transport, String organization, boolean lateOnly) {
    }

    /** An hour of a day and how many arrive in it: the desk's shifts. */
    public record Hour(ZonedDateTime start, int arriving) {
    }

    public record Board(Conference conference, List<Participant> arrivals, List<Participant> missing, List<Hour> hours) {
    }

    @Transactional
    public Board board(String conferenceId, Filter filter) {
        Conference conference = conferences.require(conferenceId);
        List<Participant> all = participants.arriving(conferenceId, access.organizationScope(filter.organization(), "arrivals"));
        List<Participant> arrivals = all.stream().filter(p -> p.arrivalAt != null)
                .filter(p -> filter.day() == null || LocalDate.ofInstant(p.arrivalAt, conference.zone()).equals(filter.day()))
                .filter(p -> filter.transport() == null || filter.transport() == p.arrivalTransport)
                .filter(p -> !filter.lateOnly() || conference.isLate(p.arrivalAt))
                .toList();
        List<Participant> missing = filter.day() != null || filter.transport() != null || filter.lateOnly() ? List.of()
                : all.stream().filter(p -> p.arrivalAt == null).toList();
        Map<ZonedDateTime, Integer> hours = new TreeMap<>();
        arrivals.forEach(p -> hours.merge(p.arrivalAt.atZone(conference.zone()).withMinute(0).withSecond(0).withNano(0),
                1, Integer::sum));
        return new Board(conference, arrivals, missing,
                hours.entrySet().stream().map(e -> new Hour(e.getKey(), e.getValue())).toList());
    }

    /** The board as CSV for the desk's spreadsheet: arrivals by time, then those who gave none. */
    @Transactional
    public String csv(String conferenceId, Filter filter) {
        Board board = board(conferenceId, filter);
        StringBuilder csv = new StringBuilder(ParticipantExport.BOM);
        ParticipantExport.line(csv, HEADER.stream());
        Stream.concat(board.arrivals().stream(), board.missing().stream()).forEach(p -> ParticipantExport.line(csv, Stream.of(
                p.arrivalAt == null ? null : LOCAL_TIME.format(p.arrivalAt.atZone(board.conference().zone())),
                p.arrivalTransport == null ? null : p.arrivalTransport.code(), p.arrivalReference,
                board.conference().isLate(p.arrivalAt), p.organizationCode, p.familyNameLatin, p.givenNameLatin,
                p.familyName, p.givenName, p.status.code(), p.role.code(), p.phone, p.telegram, p.whatsapp, p.travelNotes)));
        return csv.toString();
    }
}
