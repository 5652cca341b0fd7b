package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One badge scanned at a door, as the door recorded it and as the platform judged it. */
@Audited(value = "check-in-scans", conferenceField = "conferenceId", participantField = "participantId")
@Entity
@Table(name = "check_in_scan")
public class Scan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    /** Chosen by the device per scan: the same nonce uploaded twice counts once. */
    @Column(nullable = false)
    public String nonce;

    /** Null when the code matched no badge. */
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "badge_code")
    public String badgeCode;

    @Column(nullable = false)
    public String door;

    @Column(nullable = false)
    public ScanDirection direction;

    /** The device's clock: offline scans arrive late and are merged in this order. */
    @Column(name = "scanned_at", nullable = false)
    public Instant scannedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The subject of the device's (or the door staff's) token. */
    @Column(nullable = false)
    public String device;

    @Column(nullable = false)
    public boolean offline;

    @Column(nullable = false)
    public ScanOutcome outcome;
}
