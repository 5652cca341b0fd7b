package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partner organizations (CIS ATC first) keep their delegates in step with ours by their own ids:
 * an upsert creates or updates, and repeating it changes nothing and emits nothing.
 */
@ApplicationScoped
public class PartnerSync {

    /** One item of a batch: its result, or the problem that refused it. */
    public record ItemResult(String externalId, SyncResult result, ProblemException problem) {
    }

    private final ConferenceRepository conferences;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final RegistrationService registrations;
    private final Seats seats;
    private final RegistrationAccess access;
    private final Validator validator;

    PartnerSync(ConferenceRepository conferences, DelegationRepository delegations, ParticipantRepository participants,
                RegistrationService registrations, Seats seats, RegistrationAccess access, Validator validator) {
        this.conferences = conferences;
        this.delegations = delegations;
        this.participants = participants;
        this.registrations = registrations;
        this.seats = seats;
        this.access = access;
        this.validator = validator;
    }

    @Transactional
    public Optional<Participant> find(String conferenceId, String organizationCode, String externalId) {
        access.requireSyncFor(organizationCode);
        return participants.byExternalId(conferenceId, organizationCode, externalId);
    }

    /**
     * @param ifMatch     the version the partner last read; a stale one is refused with 412
     * @param ifNoneMatch {@code *}: create only, never overwrite
     */
    @Transactional
    public SyncResult upsert(String conferenceId, String organizationCode, String externalId, ParticipantRequest request,
                             String ifMatch, String ifNoneMatch) {
        access.requireSyncFor(organizationCode);
        Conference conference = conferences.require(conferenceId);
        Delegation delegation = delegations.requireOf(conferenceId, organizationCode);
        return upsert(conference, delegation, externalId, request, ifMatch, ifNoneMatch);
    }

    /**
     * Up to 1,000 upserts in one transaction. Each item is checked before it changes anything, so a
     * refused item leaves no trace and never refuses the others.
     *
     * <p>Built for a partner's full push: the items that exist are read with one query and the
     * emails in use with another, the items are compared in memory (an unchanged one costs no
     * statement), and the new ones claim their seats together, one statement per counter, as the
     * last step: the first ones in the batch's order are submitted, the rest waitlisted, as if they
     * had come one by one. The seats left are read once before (without a lock), and the items
     * beyond them are stored waitlisted at once: in a push bigger than the delegation's quota, most
     * batches find no seat, and storing their items submitted only to amend each at the claim
     * would write every row twice. The claim still decides for those expecting a seat.
     */
    @Transactional
    public List<ItemResult> batch(String conferenceId, String organizationCode, List<BatchItem> items) {
        access.requireSyncFor(organizationCode);
        Conference conference = conferences.require(conferenceId);
        Delegation delegation = delegations.requireOf(conferenceId, organizationCode);
        Map<String, Participant> known = participants.byExternalIds(conferenceId, organizationCode, items.stream()
                .map(BatchItem::externalId).filter(id -> id != null && !id.isBlank()).distinct().toList());
        EmailsInUse emails = registrations.emailsAmong(participants.emailHolders(conferenceId, items.stream()
                .filter(i -> i.participant() != null && i.participant().email() != null)
                .map(i -> i.participant().email()).toList()));
        NewRegistrations created = new NewRegistrations(conference, delegation, seats.left(conference.id, delegation.id));
        List<ItemResult> results = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            try {
                requireValid(item);
                requireOrganizationOf(delegation, item.participant());
                Participant p = known.get(item.externalId());
                if (p == null) {
                    registrations.requireOpen(conference);
                    p = registrations.prepare(conference, delegation, item.participant(), null, item.externalId(), emails);
                    created.add(p);
                    known.put(item.externalId(), p);
                    results.add(new ItemResult(item.externalId(), new SyncResult(SyncResult.Outcome.CREATED, p), null));
                } else {
                    if (created.holds(p)) {
                        created.seat(); // the same external id twice: its seat first, then the change
                    }
                    results.add(new ItemResult(item.externalId(), changed(p, registrations.change(p, item.participant(), emails)), null));
                }
            } catch (ProblemException refused) {
                results.add(new ItemResult(item.externalId(), null, refused));
            }
        }
        created.seat();
        return results;
    }

    /**
     * A batch's new registrations, stored as they come: submitted while the seats left when the
     * batch began last, then waitlisted; the seats of the submitted are claimed together at the end.
     */
    private final class NewRegistrations {
        private final Conference conference;
        private final Delegation delegation;
        private final List<RegistrationService.Stored> unseated = new ArrayList<>();
        private int seatsExpected;

        NewRegistrations(Conference conference, Delegation delegation, int seatsLeft) {
            this.conference = conference;
            this.delegation = delegation;
            this.seatsExpected = seatsLeft;
        }

        void add(Participant p) {
            boolean expectsSeat = seatsExpected > 0;
            seatsExpected -= expectsSeat ? 1 : 0;
            unseated.add(registrations.store(p, expectsSeat ? ParticipantStatus.SUBMITTED : ParticipantStatus.WAITLISTED));
        }

        boolean holds(Participant p) {
            return unseated.stream().anyMatch(stored -> stored.participant() == p);
        }

        void seat() {
            registrations.seatOrWaitlist(conference, delegation, unseated);
            unseated.clear();
        }
    }

    @Transactional
    public void delete(String conferenceId, String organizationCode, String externalId, String ifMatch) {
        Participant p = find(conferenceId, organizationCode, externalId)
                .orElseThrow(() -> ProblemException.notFound("Participant with external id", externalId));
        EntityVersions.requireMatch(ifMatch, p.version);
        registrations.delete(p);
    }

    private SyncResult upsert(Conference conference, Delegation delegation, String externalId, ParticipantRequest request,
                              String ifMatch, String ifNoneMatch) {
        requireOrganizationOf(delegation, request);
        Optional<Participant> existing = participants.byExternalId(conference.id, delegation.organizationCode, externalId);
        if (existing.isEmpty()) {
            EntityVersions.refuseIfMatchOnMissing(ifMatch);
            registrations.requireOpen(conference);
            return new SyncResult(SyncResult.Outcome.CREATED,
                    registrations.create(conference, delegation, request, null, externalId));
        }
        Participant p = existing.get();
        if ("*".equals(ifNoneMatch)) {
            throw ProblemException.preconditionFailed("A participant with external id " + externalId + " exists");
        }
        EntityVersions.requireMatch(ifMatch, p.version);
        return changed(p, registrations.change(p, request, registrations.emailsOf(conference.id)));
    }

    private static SyncResult changed(Participant p, List<String> changes) {
        return new SyncResult(changes.isEmpty() ? SyncResult.Outcome.UNCHANGED : SyncResult.Outcome.UPDATED, p);
    }

    private static void requireOrganizationOf(Delegation delegation, ParticipantRequest request) {
        new FieldErrors().check(request.organizationCode() == null
                        || request.organizationCode().equals(delegation.organizationCode), "organizationCode",
                "must be the organization of the path, or omitted").throwIfAny();
    }

    private void requireValid(BatchItem item) {
        FieldErrors errors = new FieldErrors()
                .check(item.externalId() != null && !item.externalId().isBlank() && item.externalId().length() <= 100,
                        "externalId", "must be 1 to 100 characters")
                .check(item.participant() != null, "participant", "must be given");
        if (item.participant() != null) {
            FieldErrors.of(validator.validate(item.participant()))
                    .forEach(e -> errors.check(false, "participant." + e.field(), e.message()));
        }
        errors.throwIfAny();
    }
}
