package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.documents.BadgeCard;
import org.scorats.conference.documents.BadgeSheet;
import org.scorats.conference.door.BadgeClaims;
import org.scorats.conference.door.BadgeKey;
import org.scorats.conference.door.BadgeToken;
import org.scorats.conference.door.DoorList;
import org.scorats.conference.door.DoorVerifier;
import org.scorats.conference.registration.domain.Badge;
import org.scorats.conference.registration.domain.BadgeDesign;
import org.scorats.conference.registration.domain.BadgeSigningKey;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.ConferenceDays;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.repository.BadgeRepository;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.OrganizationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Badges: issued when a registration is approved, revoked when it is rejected, withdrawn or
 * deleted (or reissued); printed as PDF; listed for the doors, signed, for a day offline.
 */
@ApplicationScoped
public class Badges {

    /** A print run is one file; beyond this, filter by organization or role. */
    static final int PRINT_RUN_LIMIT = 500;

    private final BadgeRepository badges;
    private final ConferenceRepository conferences;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final OrganizationRepository organizations;
    private final RegistrationAccess access;

    Badges(BadgeRepository badges, ConferenceRepository conferences, ParticipantRepository participants,
           DelegationRepository delegations, OrganizationRepository organizations, RegistrationAccess access) {
        this.badges = badges;
        this.conferences = conferences;
        this.participants = participants;
        this.delegations = delegations;
        this.organizations = organizations;
        this.access = access;
    }

    /** What a door list is: the signed document and what it says. */
    public record SignedDoorList(DoorList content, String signed) {
    }

    /**
     * Keeps the badge in step with the registration, in the transaction that changed it: an
     * approved or checked-in registration has one active badge, any other none.
     */
    void follow(Participant p) {
        boolean entitled = !p.isDeleted() && (p.status == ParticipantStatus.APPROVED || p.status == ParticipantStatus.CHECKED_IN);
        if (entitled == badges.active(p.id).isPresent()) {
            return; // the common case: nothing to issue or revoke
        }
        ConferenceDays days = conferences.holdDays(p.conferenceId);
        var active = badges.active(p.id); // again: a move of the conference may have reissued it meanwhile
        if (entitled && active.isEmpty()) {
            issue(p, days);
        } else if (!entitled && active.isPresent()) {
            revoke(active.get(), p.isDeleted() ? "deleted" : p.status.code());
        }
    }

    /** What a badge prints changed (names, role, attendance): the old one is revoked and a new one issued. */
    void reprint(Participant p) {
        ConferenceDays days = conferences.holdDays(p.conferenceId);
        badges.active(p.id).ifPresent(old -> {
            revoke(old, "reissued");
            badges.flush(); // one active badge per participant, checked by the database
            issue(p, days);
        });
    }

    /**
     * The conference moved (its days or its time zone): every active badge states the old days, on
     * the card and in its signed token that offline doors check, so each is revoked and issued anew.
     * The door answers `revoked` for a card printed before; the new cards are printed from here.
     * The caller holds the conference's days ({@link ConferenceRepository#lockDaysForMove}), so no
     * badge is being issued for the old days meanwhile.
     */
    void conferenceRescheduled(Conference conference) {
        List<Badge> active = badges.activeOf(conference.id);
        active.forEach(old -> revoke(old, "rescheduled"));
        badges.flush(); // one active badge per participant, checked by the database
        active.forEach(old -> issue(participants.require(old.participantId), ConferenceDays.of(conference)));
    }

    @Transactional
    public Badge of(UUID participantId) {
        Participant p = participants.require(participantId);
        access.requireManages(p, delegations.require(p.delegationId));
        return badges.active(p.id).orElseThrow(() -> new ProblemException(404, "no-badge", "Not found",
                "Participant " + p.id + " has no badge: badges are issued on approval, and this registration is "
                        + p.status.code(), null, null));
    }

    /** An organizer replaces a lost or misprinted badge: the old one stops opening doors. */
    @Transactional
    public Badge reissue(UUID participantId) {
        ConferenceDays days = conferences.holdDays(participants.require(participantId).conferenceId);
        Badge old = of(participantId);
        revoke(old, "reissued");
        badges.flush();
        return issue(participants.require(participantId), days);
    }

    @Transactional
    public byte[] pdf(UUID participantId) {
        Badge badge = of(participantId);
        Participant p = participants.require(participantId);
        Conference conference = conferences.require(p.conferenceId);
        return BadgeSheet.render(List.of(card(conference, badge, p)));
    }

    /** All active badges of a conference matching the filter, one page each; a partner's, of its own people. */
    @Transactional
    public byte[] pdf(String conferenceId, String organizationCode, UUID delegationId, ParticipantRole role) {
        Conference conference = conferences.require(conferenceId);
        String organization = access.organizationScope(organizationCode, "badges");
        List<Object[]> rows = badges.activeWithHolders(conferenceId, organization, delegationId, role);
        if (rows.isEmpty()) {
            throw new ProblemException(404, "no-badge", "Not found", "No active badge matches", null, null);
        }
        if (rows.size() > PRINT_RUN_LIMIT) {
            throw ProblemException.unprocessable("print-run-too-large", rows.size() + " badges match; one file holds at most "
                    + PRINT_RUN_LIMIT + ": filter by organization, delegation or role");
        }
        return BadgeSheet.render(rows.stream().map(r -> card(conference, (Badge) r[0], (Participant) r[1])).toList());
    }

    /** The conference's public badge keys, current and retired: what devices pin. */
    @Transactional
    public List<BadgeKey> keys(String conferenceId) {
        conferences.require(conferenceId);
        return badges.keys(conferenceId).stream().map(BadgeSigningKey::published).toList();
    }

    /** A new key signs from now on; the old one is retired but stays published, so printed badges keep verifying. */
    @Transactional
    public BadgeKey rotate(String conferenceId) {
        conferences.require(conferenceId);
        badges.lockKeys(conferenceId);
        badges.currentKey(conferenceId).ifPresent(k -> k.retiredAt = StoredTime.now());
        badges.flush();
        BadgeSigningKey key = BadgeSigningKey.generate(conferenceId);
        badges.persistKey(key);
        return key.published();
    }

    /**
     * The door list for one day of the conference (or the evening before it, when delegations
     * arrive): every active badge with what the door shows, every revoked code, all keys; signed.
     */
    @Transactional
    public SignedDoorList doorList(String conferenceId, LocalDate requestedDay) {
        LocalDate day;
        Conference conference = conferences.require(conferenceId);
        day = requestedDay == null ? LocalDate.now(conference.zone()) : requestedDay;
        LocalDate first = conference.startDate.minusDays(1);
        if (day.isBefore(first) || day.isAfter(conference.endDate)) {
            throw ProblemException.invalidField("day", "must be between " + first + " and " + conference.endDate);
        }
        ZoneId zone = conference.zone();
        List<DoorList.Entry> admitted = badges.activeWithHolders(conferenceId, null, null, null).stream()
                .map(r -> entry((Badge) r[0], (Participant) r[1])).toList();
        DoorList list = new DoorList(conferenceId, day, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), Instant.now(), keys(conferenceId), admitted,
                badges.revokedCodes(conferenceId));
        BadgeSigningKey key = currentKey(conferenceId);
        return new SignedDoorList(list, DoorVerifier.sign(list, key.kid, key.signing()));
    }

    /** The public key for a key id of the conference, or null: what scans are verified with. */
    PublicKey publicKey(String conferenceId, String kid) {
        return badges.keys(conferenceId).stream().filter(k -> k.kid.equals(kid)).findFirst()
                .map(k -> k.published().publicKey()).orElse(null);
    }

    static DoorList.Entry entry(Badge badge, Participant p) {
        return new DoorList.Entry(badge.code, p.id, BadgeDesign.nativeName(p), BadgeDesign.latinName(p),
                p.organizationCode, p.role.code(), p.attendance.code());
    }

    private Badge issue(Participant p, ConferenceDays days) {
        BadgeSigningKey key = currentKey(p.conferenceId);
        Badge badge = new Badge();
        badge.code = Badge.newCode();
        badge.participantId = p.id;
        badge.conferenceId = p.conferenceId;
        badge.kid = key.kid;
        badge.validFrom = days.badgeValidFrom();
        badge.validUntil = days.over();
        badge.issuedAt = StoredTime.now();
        badge.token = BadgeToken.sign(new BadgeClaims(p.conferenceId, badge.code, p.id, BadgeDesign.nativeName(p),
                BadgeDesign.latinName(p), p.organizationCode, p.role.code(), p.attendance.code(),
                badge.validFrom.getEpochSecond(), badge.validUntil.getEpochSecond()), key.kid, key.signing());
        badges.persist(badge);
        return badge;
    }

    private void revoke(Badge badge, String reason) {
        badge.revokedAt = StoredTime.now();
        badge.revokedReason = reason;
    }

    /** The conference's signing key, created with its first badge; one per conference across instances. */
    private BadgeSigningKey currentKey(String conferenceId) {
        return badges.currentKey(conferenceId).orElseGet(() -> {
            badges.lockKeys(conferenceId);
            return badges.currentKey(conferenceId).orElseGet(() -> {
                BadgeSigningKey key = BadgeSigningKey.generate(conferenceId);
                badges.persistKey(key);
                return key;
            });
        });
    }

    private BadgeCard card(Conference conference, Badge badge, Participant p) {
        BadgeDesign design = BadgeDesign.of(p.role);
        String organization = organizations.findByIdOptional(p.organizationCode).map(o -> o.name.in("en"))
                .orElse(p.organizationCode);
        return new BadgeCard(conference.name.in("en"), BadgeDesign.nativeName(p), BadgeDesign.latinName(p), organization,
                p.organizationCode, design.label(), design.band(), p.attendance.code().replace('-', ' '), badge.token,
                badge.printedCode());
    }
}
