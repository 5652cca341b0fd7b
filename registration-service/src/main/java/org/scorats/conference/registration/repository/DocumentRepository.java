package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.registration.domain.DocumentStatus;
import org.scorats.conference.registration.domain.HeldCertificate;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<IssuedDocument, String> {

    private static final SortKeys NEWEST_FIRST = SortKeys.of(Instant.class, String.class);

    public Optional<IssuedDocument> certificateOf(UUID participantId) {
        return find("participantId = ?1 AND kind = ?2", participantId, IssuedDocument.ATTENDANCE_CERTIFICATE)
                .firstResultOptional();
    }

    /**
     * A conference's certificates of attendance, newest first (ties by reference), those of deleted
     * registrations included: their references were handed out and still answer.
     */
    public Page<HeldCertificate> certificates(String conferenceId, DocumentStatus status, String organization,
                                              PageRequest request) {
        Cursor after = NEWEST_FIRST.after(request);
        StringBuilder where = new StringBuilder("p.id = d.participantId AND d.conferenceId = :conference AND d.kind = :kind");
        Map<String, Object> parameters = new HashMap<>(Map.of("conference", conferenceId,
                "kind", IssuedDocument.ATTENDANCE_CERTIFICATE));
        if (status != null) {
            where.append(status == DocumentStatus.REVOKED ? " AND d.revokedAt IS NOT NULL" : " AND d.revokedAt IS NULL");
        }
        if (organization != null) {
            where.append(" AND p.organizationCode = :organization");
            parameters.put("organization", organization);
        }
        if (after != null) {
            where.append(" AND (d.issuedAt < :afterTime OR (d.issuedAt = :afterTime AND d.reference < :afterReference))");
            parameters.put("afterTime", after.value(0, Instant.class));
            parameters.put("afterReference", after.key(1));
        }
        var query = getEntityManager().createQuery("SELECT d, p.organizationCode FROM IssuedDocument d, Participant p WHERE "
                + where + " ORDER BY d.issuedAt DESC, d.reference DESC", Object[].class);
        parameters.forEach(query::setParameter);
        List<HeldCertificate> rows = query.setMaxResults(request.lookahead()).getResultList().stream()
                .map(row -> new HeldCertificate((IssuedDocument) row[0], (String) row[1])).toList();
        return NEWEST_FIRST.page(rows, request, c -> List.of(c.certificate().issuedAt, c.certificate().reference));
    }

    public Optional<VisaLetter> letter(UUID id) {
        return Optional.ofNullable(getEntityManager().find(VisaLetter.class, id));
    }

    public boolean hasOpenRequest(UUID participantId) {
        return getEntityManager().createQuery("SELECT count(v) FROM VisaLetter v WHERE v.participantId = :p AND v.status = :s",
                Long.class).setParameter("p", participantId).setParameter("s", VisaLetterStatus.REQUESTED).getSingleResult() > 0;
    }

    /** A participant's requests awaiting a decision and letters issued and not revoked. */
    public List<VisaLetter> lettersInForce(UUID participantId) {
        return inForce("participantId", participantId);
    }

    /** The same, of a whole conference. */
    public List<VisaLetter> lettersInForceAt(String conferenceId) {
        return inForce("conferenceId", conferenceId);
    }

    private List<VisaLetter> inForce(String field, Object value) {
        return getEntityManager().createQuery("FROM VisaLetter v WHERE v." + field + " = :v AND v.status IN :s", VisaLetter.class)
                .setParameter("v", value).setParameter("s", List.of(VisaLetterStatus.REQUESTED, VisaLetterStatus.ISSUED))
                .getResultList();
    }

    public void persistLetter(VisaLetter letter) {
        getEntityManager().persist(letter);
    }
}
