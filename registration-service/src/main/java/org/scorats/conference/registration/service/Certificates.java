package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.documents.AttendanceCertificate;
import org.scorats.conference.registration.domain.BadgeDesign;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.DocumentStatus;
import org.scorats.conference.registration.domain.HeldCertificate;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.StatusChange;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.DocumentRepository;
import org.scorats.conference.registration.repository.OrganizationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;
import org.scorats.conference.registration.repository.ProgramCopyRepository;
import org.scorats.conference.registration.repository.ScanRepository;
import org.scorats.conference.registration.repository.StatusChangeRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Certificates of attendance: for everyone let in at a door at least once (or checked in by an
 * organizer), once the conference's last day has come, naming the days attended; issued once per
 * person with a reference anyone can verify, rendered in the language asked for.
 */
@ApplicationScoped
public class Certificates {

    private final DocumentRepository documents;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final ConferenceRepository conferences;
    private final OrganizationRepository organizations;
    private final ScanRepository scans;
    private final StatusChangeRepository statusChanges;
    private final RegistrationAccess access;
    private final ProgramCopyRepository program;
    private final RegistrationEventPublisher events;

    Certificates(DocumentRepository documents, ParticipantRepository participants, DelegationRepository delegations,
                 ConferenceRepository conferences, OrganizationRepository organizations, ScanRepository scans,
                 StatusChangeRepository statusChanges, RegistrationAccess access, ProgramCopyRepository program,
                 RegistrationEventPublisher events) {
        this.program = program;
        this.events = events;
        this.documents = documents;
        this.participants = participants;
        this.delegations = delegations;
        this.conferences = conferences;
        this.organizations = organizations;
        this.scans = scans;
        this.statusChanges = statusChanges;
        this.access = access;
    }

    @Transactional
    public byte[] pdf(UUID participantId, Language requested, String publicBaseUrl) {
        Participant p = participants.require(participantId);
        access.requireManages(p, delegations.require(p.delegationId));
        Conference c = conferences.require(p.conferenceId);
        requireOver(c);
        List<LocalDate> days = daysAttended(p, c);
        if (days.isEmpty()) {
            throw ProblemException.conflict("not-attended", "Participant " + p.id + " was never let in at a door nor "
                    + "checked in; a certificate states attendance");
        }
        Optional<IssuedDocument> issued = documents.certificateOf(p.id);
        if (issued.filter(IssuedDocument::revoked).isPresent()) {
            throw ProblemException.conflict("revoked", revokedOn(issued.get(), c) + " and is not issued again");
        }
        return certificate(p, c, days, issued, requested, publicBaseUrl).render();
    }

    /**
     * The certificates of everyone who attended, one page each in one file for the closing day's
     * print run: issued now for those who have none yet (the same reference as downloading them one
     * by one), revoked ones left out. A partner prints only its own organization's people.
     */
    @Transactional
    public byte[] pdf(String conferenceId, String organizationCode, Language requested, String publicBaseUrl) {
        Conference c = conferences.require(conferenceId);
        String organization = access.organizationScope(organizationCode, "certificates");
        requireOver(c);
        List<AttendanceCertificate> sheets = new ArrayList<>();
        for (Participant p : participants.allOf(conferenceId)) {
            if (organization != null && !organization.equals(p.organizationCode)) {
                continue;
            }
            List<LocalDate> days = daysAttended(p, c);
            Optional<IssuedDocument> issued = documents.certificateOf(p.id);
            if (days.isEmpty() || issued.filter(IssuedDocument::revoked).isPresent()) {
                continue;
            }
            if (sheets.size() == Badges.PRINT_RUN_LIMIT) {
                throw ProblemException.unprocessable("print-run-too-large", "More than " + Badges.PRINT_RUN_LIMIT
                        + " certificates match; one file holds at most " + Badges.PRINT_RUN_LIMIT + ": filter by organization");
            }
            sheets.add(certificate(p, c, days, issued, requested, publicBaseUrl));
        }
        if (sheets.isEmpty()) {
            throw new ProblemException(404, "no-certificate", "Not found", "No certificate to print: nobody "
                    + (organization == null ? "" : "of " + organization + " ") + "was let in at a door of conference "
                    + conferenceId + ", or their certificates were revoked", null, null);
        }
        return AttendanceCertificate.renderAll(sheets, "Certificates of attendance " + conferenceId);
    }

    /**
     * The certificates issued at a conference, newest first, by status and organization: all of
     * them for organizers, a partner's own people's for a partner (who learns of each revocation,
     * with its reason, by webhook anyway).
     */
    @Transactional
    public Page<HeldCertificate> page(String conferenceId, DocumentStatus status, String organization,
                                      PageRequest request) {
        conferences.require(conferenceId);
        return documents.certificates(conferenceId, status, access.organizationScope(organization, "certificates"), request);
    }

    private static String revokedOn(IssuedDocument certificate, Conference c) {
        return "The certificate " + certificate.reference + " was revoked on " + LocalDate.ofInstant(certificate.revokedAt, c.zone());
    }

    private static void requireOver(Conference c) {
        if (LocalDate.now(c.zone()).isBefore(c.endDate)) {
            throw ProblemException.conflict("conference-not-over", "Certificates are issued from the conference's last day, "
                    + c.endDate);
        }
    }

    /** The participant's certificate, issued now if it was not yet: one reference however often it is printed. */
    private AttendanceCertificate certificate(Participant p, Conference c, List<LocalDate> days, Optional<IssuedDocument> issued,
                                              Language requested, String publicBaseUrl) {
        IssuedDocument document = issued.orElseGet(() -> {
            IssuedDocument first = IssuedDocument.issue(IssuedDocument.ATTENDANCE_CERTIFICATE, p, days.get(0),
                    days.get(days.size() - 1));
            documents.persist(first);
            return first;
        });
        String language = (requested != null ? requested : p.language).code();
        String organization = organizations.findByIdOptional(p.organizationCode).map(o -> o.name.in(language))
                .orElse(p.organizationCode);
        return new AttendanceCertificate(language, document.reference, LocalDate.ofInstant(document.issuedAt, c.zone()),
                Letterheads.of(c), c.name.toMap(), c.venue.toMap(), BadgeDesign.nativeName(p), BadgeDesign.latinName(p),
                organization, days, program.talksOf(p.id, c.id).stream().map(title -> title.in(language)).toList(),
                DocumentVerification.url(publicBaseUrl, document.reference));
    }

    /**
     * An organizer withdraws a certificate that should not have been issued (attendance recorded for
     * the wrong person, a badge used by someone else): its verification answers {@code revoked} from
     * now on, and it is not issued again, so the paper already handed out cannot be replaced by a
     * fresh one that verifies. Revoking is for good, as it is for visa letters. The holder is told
     * by mail and their partner by webhook ({@code certificate.revoked}).
     */
    @Transactional
    public DocumentVerification.Verified revoke(UUID participantId, String reason) {
        new FieldErrors().check(reason != null && !reason.isBlank(), "reason", "must be given").throwIfAny();
        Participant p = participants.require(participantId);
        IssuedDocument certificate = documents.certificateOf(p.id).orElseThrow(() -> ProblemException.conflict("not-issued",
                "No certificate of attendance was issued to participant " + p.id));
        Conference c = conferences.require(p.conferenceId);
        if (certificate.revoked()) {
            throw ProblemException.conflict("already-revoked", revokedOn(certificate, c));
        }
        certificate.revoke(reason.strip());
        events.certificateRevoked(certificate, p.organizationCode, null);
        return new DocumentVerification.Verified(certificate, c);
    }

    /**
     * A deleted registration takes its certificate with it: the platform no longer holds the record
     * the certificate vouches for, so a verification must not answer that it stands. Later changes
     * of status leave it alone: the days attended stay attended.
     */
    void registrationDeleted(Participant p) {
        documents.certificateOf(p.id).filter(d -> !d.revoked()).ifPresent(d -> {
            d.revoke("The registration was deleted");
            events.certificateRevoked(d, p.organizationCode, "deleted");
        });
    }

    /**
     * The days with an admission at a door, in the conference's zone; for someone an organizer
     * checked in by hand, with no scan, the day of that check-in.
     */
    private List<LocalDate> daysAttended(Participant p, Conference c) {
        List<LocalDate> days = scans.admissions(p.id).stream().map(at -> LocalDate.ofInstant(at, c.zone())).distinct().toList();
        if (!days.isEmpty()) {
            return days;
        }
        return statusChanges.history(p.id).stream().filter(s -> s.toStatus == ParticipantStatus.CHECKED_IN)
                .map((StatusChange s) -> LocalDate.ofInstant(s.changedAt, c.zone())).distinct().toList();
    }
}
