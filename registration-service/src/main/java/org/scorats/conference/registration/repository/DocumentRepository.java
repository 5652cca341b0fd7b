package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;

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

    public void persistLetter(VisaLetter letter) {
        getEntityManager().persist(letter);
    }
}
