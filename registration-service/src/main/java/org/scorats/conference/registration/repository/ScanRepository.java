package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.registration.domain.Scan;
import org.scorats.conference.registration.domain.ScanDirection;
import org.scorats.conference.registration.domain.ScanOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScanRepository implements PanacheRepositoryBase<Scan, UUID> {

    public Optional<Scan> byNonce(String conferenceId, String nonce) {
        return find("conferenceId = ?1 AND nonce = ?2", conferenceId, nonce).firstResultOptional();
    }

    /** Serializes the scans carrying one nonce (a device retrying while its first upload is still working). */
    public void lockNonce(String conferenceId, String nonce) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('scan:' || :c || ':' || :n))")
                .setParameter("c", conferenceId).setParameter("n", nonce).getSingleResult();
    }

    /** The participant's scans that moved them in or out, in the device's time order, up to {@code until}. */
    public Optional<Scan> lastMove(UUID participantId, Instant from, Instant until) {
        return find("participantId = ?1 AND scannedAt >= ?2 AND scannedAt <= ?3 AND outcome IN ?4 "
                        + "ORDER BY scannedAt DESC, receivedAt DESC", participantId, from, until,
                List.of(ScanOutcome.ADMITTED, ScanOutcome.EXITED))
                .firstResultOptional();
    }

    /** Entries of the participant at other doors close in time: the same badge at two doors at once. */
    public List<Scan> entriesNear(UUID participantId, String door, Instant from, Instant until, UUID except) {
        return list("participantId = ?1 AND door <> ?2 AND scannedAt >= ?3 AND scannedAt <= ?4 AND id <> ?5 "
                + "AND direction = ?6 ORDER BY scannedAt", participantId, door, from, until, except, ScanDirection.ENTRY);
    }

    /** When the participant was let in at a door: the days they attended. */
    public List<Instant> admissions(UUID participantId) {
        return getEntityManager().createQuery("SELECT s.scannedAt FROM Scan s WHERE s.participantId = :p AND s.outcome = :o "
                + "ORDER BY s.scannedAt", Instant.class).setParameter("p", participantId)
                .setParameter("o", ScanOutcome.ADMITTED).getResultList();
    }

    public List<Scan> ofParticipant(UUID participantId) {
        return list("participantId = ?1 ORDER BY scannedAt, receivedAt", participantId);
    }

    public List<Scan> ofConference(String conferenceId) {
        return list("conferenceId = ?1 ORDER BY scannedAt, receivedAt", conferenceId);
    }
}
