package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.Scan;
import org.scorats.conference.registration.domain.ScanOutcome;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;
import org.scorats.conference.registration.repository.ScanRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How many are inside, per day, per delegation and per door, from the scans in the devices' time
 * order (offline uploads included): someone is inside whose last admission or exit that day was
 * an admission.
 */
@ApplicationScoped
public class CheckInStatistics {

    private final ConferenceRepository conferences;
    private final ScanRepository scans;
    private final ParticipantRepository participants;

    CheckInStatistics(ConferenceRepository conferences, ScanRepository scans, ParticipantRepository participants) {
        this.conferences = conferences;
        this.scans = scans;
        this.participants = participants;
    }

    /** Inside now (at the day's last scan) and admitted at least once that day. */
    public record Count(String key, int inside, int admitted) {
    }

    public record Door(String door, int entries, int exits, int refused) {
    }

    public record Day(LocalDate day, int inside, int admitted, List<Count> organizations, List<Door> doors) {
    }

    @Transactional
    public List<Day> of(String conferenceId) {
        Conference conference = conferences.require(conferenceId);
        List<Scan> all = scans.ofConference(conferenceId);
        Map<UUID, Participant> holders = participants.byIds(all.stream().map(s -> s.participantId)
                .filter(Objects::nonNull).distinct().toList());
        Map<LocalDate, List<Scan>> byDay = new TreeMap<>();
        all.forEach(s -> byDay.computeIfAbsent(LocalDate.ofInstant(s.scannedAt, conference.zone()), d -> new ArrayList<>()).add(s));
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, scansOfDay) -> days.add(day(day, scansOfDay, holders)));
        return days;
    }

    private static Day day(LocalDate day, List<Scan> scansOfDay, Map<UUID, Participant> holders) {
        Map<UUID, Boolean> inside = new HashMap<>();
        Set<UUID> admitted = new HashSet<>();
        Map<String, int[]> doors = new TreeMap<>();
        for (Scan scan : scansOfDay) { // in the devices' time order
            int[] door = doors.computeIfAbsent(scan.door, d -> new int[3]);
            if (scan.outcome == ScanOutcome.ADMITTED) {
                inside.put(scan.participantId, true);
                admitted.add(scan.participantId);
                door[0]++;
            } else if (scan.outcome == ScanOutcome.EXITED) {
                inside.put(scan.participantId, false);
                door[1]++;
            } else if (scan.outcome != ScanOutcome.ALREADY_INSIDE && scan.outcome != ScanOutcome.NOT_INSIDE) {
                door[2]++;
            }
        }
        Map<String, int[]> organizations = new TreeMap<>();
        for (UUID id : admitted) {
            int[] count = organizations.computeIfAbsent(holders.get(id).organizationCode, o -> new int[2]);
            count[1]++;
            if (inside.getOrDefault(id, false)) {
                count[0]++;
            }
        }
        return new Day(day, (int) inside.values().stream().filter(b -> b).count(), admitted.size(),
                organizations.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                doors.entrySet().stream().map(e -> new Door(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList());
    }
}
