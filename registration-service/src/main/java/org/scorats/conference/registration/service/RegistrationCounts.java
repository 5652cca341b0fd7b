package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures organizers watch: registrations by status, by kind of organization, by attendance, and seats. */
@ApplicationScoped
public class RegistrationCounts {

    /** @param seatsLeft of the conference's capacity, counting submitted, approved and checked-in */
    @Schema(name = "RegistrationCounts", example = """
        {"byStatus": {"approved": 7, "checked-in": 1, "rejected": 1, "submitted": 4, "waitlisted": 1,
                      "withdrawn": 1},
         "byOrganizationKind": {"academia": 1, "dialogue-partner": 1, "international-organization": 4,
                                "member-state": 8, "observer-state": 1},
         "byAttendance": {"in-person": 11, "remote": 4}, "capacity": 200, "seatsTaken": 12, "seatsLeft": 188,
         "delegations": [{"organizationCode": "CIS-ATC", "seatQuota": 10, "seatsTaken": 2, "seatsLeft": 8},
                         {"organizationCode": "CN", "seatQuota": 12, "seatsTaken": 3, "seatsLeft": 9}]}""")
    public record Counts(Map<String, Long> byStatus, Map<String, Long> byOrganizationKind,
                         Map<String, Long> byAttendance, int capacity, long seatsTaken, long seatsLeft,
                         List<DelegationSeats> delegations) {
    }

    @Schema(name = "DelegationSeats")
    public record DelegationSeats(String organizationCode, int seatQuota, long seatsTaken, long seatsLeft) {
    }

    private final ConferenceRepository conferences;
    private final ParticipantRepository participants;
    private final EntityManager entityManager;

    RegistrationCounts(ConferenceRepository conferences, ParticipantRepository participants, EntityManager entityManager) {
        this.conferences = conferences;
        this.participants = participants;
        this.entityManager = entityManager;
    }

    @Transactional
    public Counts of(String conferenceId) {
        Conference conference = conferences.require(conferenceId);
        long taken = participants.seatsTakenAtConference(conferenceId);
        List<DelegationSeats> delegations = entityManager.createQuery("""
                        SELECT d.organizationCode, d.seatQuota,
                               (SELECT count(p) FROM Participant p WHERE p.delegationId = d.id AND p.deletedAt IS NULL
                                AND p.status IN :seatHolders)
                        FROM Delegation d WHERE d.conferenceId = :conference ORDER BY d.organizationCode""", Object[].class)
                .setParameter("conference", conferenceId)
                .setParameter("seatHolders", ParticipantStatus.SEAT_HOLDERS)
                .getResultStream()
                .map(row -> new DelegationSeats((String) row[0], (Integer) row[1], (Long) row[2],
                        Math.max(0, (Integer) row[1] - (Long) row[2])))
                .toList();
        return new Counts(
                grouped("SELECT p.status, count(p) FROM Participant p WHERE p.conferenceId = :conference "
                        + "AND p.deletedAt IS NULL GROUP BY p.status", conferenceId),
                grouped("SELECT o.kind, count(p) FROM Participant p, Organization o WHERE o.code = p.organizationCode "
                        + "AND p.conferenceId = :conference AND p.deletedAt IS NULL GROUP BY o.kind", conferenceId),
                grouped("SELECT p.attendance, count(p) FROM Participant p WHERE p.conferenceId = :conference "
                        + "AND p.deletedAt IS NULL GROUP BY p.attendance", conferenceId),
                conference.capacity, taken, Math.max(0, conference.capacity - taken), delegations);
    }

    private Map<String, Long> grouped(String query, String conferenceId) {
        Map<String, Long> counts = new TreeMap<>();
        entityManager.createQuery(query, Object[].class)
                .setParameter("conference", conferenceId)
                .getResultStream()
                .forEach(row -> counts.put(((CodedEnum) row[0]).code(), (Long) row[1]));
        return counts;
    }
}
