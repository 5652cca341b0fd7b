package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<IssuedDocument, String> {

    public Optional<IssuedDocument> certificateOf(UUID participantId) {
        return find("participantId = ?1 AND kind = ?2", participantId, IssuedDocument.ATTENDANCE_CERTIFICATE)
                .firstResultOptional();
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
