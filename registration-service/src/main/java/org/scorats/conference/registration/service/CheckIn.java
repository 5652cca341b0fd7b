package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.door.BadgeClaims;
import org.scorats.conference.door.BadgeToken;
import org.scorats.conference.door.MalformedTokenException;
import org.scorats.conference.problem.FieldError;
import org.scorats.conference.registration.domain.Badge;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.Scan;
import org.scorats.conference.registration.domain.ScanDirection;
import org.scorats.conference.registration.domain.ScanOutcome;
import org.scorats.conference.registration.repository.BadgeRepository;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;
import org.scorats.conference.registration.repository.ScanRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scans at the doors: each judged against the badge, its revocation and who is inside, recorded
 * once per nonce; the first admission checks the registration in. Offline scans arrive in batches
 * and are merged in the devices' time order.
 */
@ApplicationScoped
public class CheckIn {

    /** Entries of one badge at two doors closer than this are reported: a copied badge, or a mistake. */
    static final Duration CONFLICT_WINDOW = Duration.ofMinutes(5);

    private final BadgeRepository badges;
    private final ScanRepository scans;
    private final ParticipantRepository participants;
    private final ConferenceRepository conferences;
    private final Badges badgeService;
    private final RegistrationService registrations;
    private final Caller caller;

    CheckIn(BadgeRepository badges, ScanRepository scans, ParticipantRepository participants, ConferenceRepository conferences,
            Badges badgeService, RegistrationService registrations, Caller caller) {
        this.badges = badges;
        this.scans = scans;
        this.participants = participants;
        this.conferences = conferences;
        this.badgeService = badgeService;
        this.registrations = registrations;
        this.caller = caller;
    }

    /** A scan as judged: the record, its holder (null for an unknown code), and whether it repeated an earlier upload. */
    public record Judged(Scan scan, Participant participant, boolean replayed) {
    }

    /** One scan of a batch: judged, or refused as a request would be. */
    public record BatchItem(String nonce, Judged judged, ProblemException refusal) {
    }

    /** The same badge entering at two doors within the conflict window. */
    public record Conflict(UUID participantId, String badge, List<Scan> scans) {
    }

    public record BatchResult(List<BatchItem> items, List<Conflict> conflicts) {
    }

    @Transactional
    public Judged scan(String conferenceId, ScanRequest request) {
        Conference conference = conferences.require(conferenceId);
        return judge(conference, request, false);
    }

    /**
     * Scans a device made offline, uploaded together: applied in the devices' time order, each on
     * its own (a refused scan refuses only itself), conflicts reported. One transaction: a batch
     * whose upload fails midway is sent again whole, and its nonces make that safe.
     */
    @Transactional
    public BatchResult batch(String conferenceId, List<ScanRequest> requests) {
        Conference conference = conferences.require(conferenceId);
        List<BatchItem> items = new ArrayList<>();
        Map<UUID, Conflict> conflicts = new LinkedHashMap<>();
        List<ScanRequest> ordered = requests.stream().sorted(Comparator.comparing(ScanRequest::scannedAt)
                .thenComparing(ScanRequest::nonce)).toList();
        for (ScanRequest request : ordered) {
            try {
                Judged judged = judge(conference, request, true);
                items.add(new BatchItem(request.nonce(), judged, null));
                conflictOf(judged).ifPresent(c -> conflicts.merge(c.participantId(), c, CheckIn::union));
            } catch (ProblemException refused) {
                items.add(new BatchItem(request.nonce(), null, refused));
            }
        }
        return new BatchResult(items, List.copyOf(conflicts.values()));
    }

    @Transactional
    public List<Scan> history(UUID participantId) {
        participants.require(participantId);
        return scans.ofParticipant(participantId);
    }

    private Judged judge(Conference conference, ScanRequest request, boolean offline) {
        new FieldErrors().check((request.token() == null) != (request.code() == null), "token",
                "give either the badge's token or its typed code, not both or neither").throwIfAny();
        scans.lockNonce(conference.id, request.nonce());
        Optional<Scan> earlier = scans.byNonce(conference.id, request.nonce());
        if (earlier.isPresent()) {
            Scan scan = earlier.get();
            return new Judged(scan, scan.participantId == null ? null : participants.findById(scan.participantId), true);
        }
        Instant at = request.scannedAt().toInstant();
        Optional<Badge> badge = request.token() != null ? Optional.of(badgeOfToken(conference, request.token(), at))
                : badges.ofConference(conference.id, Badge.normalize(request.code()));
        Scan scan = new Scan();
        scan.id = UUID.randomUUID();
        scan.conferenceId = conference.id;
        scan.nonce = request.nonce();
        scan.door = request.door();
        scan.direction = request.direction();
        scan.scannedAt = at;
        scan.receivedAt = StoredTime.now();
        scan.device = caller.subject();
        scan.offline = offline;
        Participant holder = null;
        if (badge.isEmpty()) {
            scan.outcome = ScanOutcome.UNKNOWN;
        } else {
            Badge b = badges.lock(badge.get());
            holder = participants.findById(b.participantId);
            scan.participantId = b.participantId;
            scan.badgeCode = b.code;
            scan.outcome = outcome(conference, b, holder, request.direction(), at);
        }
        scans.persist(scan);
        if (scan.outcome == ScanOutcome.ADMITTED && holder.status == ParticipantStatus.APPROVED) {
            registrations.checkInAtDoor(holder, scan.door);
        }
        return new Judged(scan, holder, false);
    }

    /**
     * A token read from a QR code: a genuine badge of this conference, within its validity. What
     * fails here is refused as bad input (nothing is recorded); what passes is judged.
     */
    private Badge badgeOfToken(Conference conference, String token, Instant at) {
        BadgeClaims claims;
        try {
            claims = BadgeToken.verify(token, kid -> badgeService.publicKey(conference.id, kid));
        } catch (MalformedTokenException e) {
            throw refused(400, "badge-unreadable", "The token " + e.getMessage(), e.getMessage());
        } catch (BadgeToken.ForgedException e) {
            // Another conference's badge is signed with keys unknown here: say so rather than "forged".
            String claimed = BadgeToken.claimedConference(token).orElse(conference.id);
            if (!claimed.equals(conference.id)) {
                throw otherConference(claimed, conference);
            }
            throw refused(422, "badge-forged", "The token " + e.getMessage(), "is not a genuine badge of " + conference.id);
        }
        if (!conference.id.equals(claims.conference())) {
            throw otherConference(claims.conference(), conference);
        }
        if (claims.expiredAt(at)) {
            throw refused(422, "badge-expired", "The badge was valid until " + Instant.ofEpochSecond(claims.expires()),
                    "has expired");
        }
        return badges.ofConference(conference.id, claims.badge()).orElseThrow(() -> refused(422, "badge-forged",
                "No badge " + claims.badge() + " was issued for " + conference.id, "names a badge that was never issued"));
    }

    private static ProblemException otherConference(String claimed, Conference conference) {
        return refused(422, "badge-other-conference", "The badge is for " + claimed + ", not " + conference.id,
                "is a badge of another conference");
    }

    /** A token the door cannot accept as a badge: a problem naming the field, and nothing recorded. */
    private static ProblemException refused(int status, String code, String detail, String tokenIs) {
        return new ProblemException(status, code, status == 400 ? "Badge unreadable" : "Badge refused", detail,
                List.of(new FieldError("token", tokenIs)), null);
    }

    private ScanOutcome outcome(Conference conference, Badge badge, Participant holder, ScanDirection direction, Instant at) {
        if (badge.revoked() || holder == null || holder.isDeleted()) {
            return ScanOutcome.REVOKED;
        }
        if (at.isBefore(badge.validFrom) || !at.isBefore(badge.validUntil)) {
            return ScanOutcome.NOT_VALID_TODAY;
        }
        boolean inside = scans.lastMove(holder.id, dayStart(conference.zone(), at), at)
                .filter(last -> last.outcome == ScanOutcome.ADMITTED).isPresent();
        if (direction == ScanDirection.ENTRY) {
            return inside ? ScanOutcome.ALREADY_INSIDE : ScanOutcome.ADMITTED;
        }
        return inside ? ScanOutcome.EXITED : ScanOutcome.NOT_INSIDE;
    }

    /** Who is inside resets each night: presence counts per conference day. */
    static Instant dayStart(ZoneId zone, Instant at) {
        return LocalDate.ofInstant(at, zone).atStartOfDay(zone).toInstant();
    }

    private Optional<Conflict> conflictOf(Judged judged) {
        Scan scan = judged.scan();
        if (scan.participantId == null || scan.direction != ScanDirection.ENTRY || judged.replayed()) {
            return Optional.empty();
        }
        List<Scan> near = scans.entriesNear(scan.participantId, scan.door, scan.scannedAt.minus(CONFLICT_WINDOW),
                scan.scannedAt.plus(CONFLICT_WINDOW), scan.id);
        if (near.isEmpty()) {
            return Optional.empty();
        }
        List<Scan> involved = new ArrayList<>(near);
        involved.add(scan);
        involved.sort(Comparator.comparing(s -> s.scannedAt));
        return Optional.of(new Conflict(scan.participantId, scan.badgeCode, involved));
    }

    private static Conflict union(Conflict a, Conflict b) {
        List<Scan> all = new ArrayList<>(a.scans());
        b.scans().stream().filter(s -> all.stream().noneMatch(x -> x.id.equals(s.id))).forEach(all::add);
        all.sort(Comparator.comparing(s -> s.scannedAt));
        return new Conflict(a.participantId(), a.badge(), all);
    }
}
