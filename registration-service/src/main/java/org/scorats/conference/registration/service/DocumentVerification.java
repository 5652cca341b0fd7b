package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DocumentRepository;

/**
 * What anyone holding a printed letter or certificate may learn from its reference: whether the
 * platform issued it and whether it is still valid, with what the document itself states publicly
 * (the holder's Latin name, the dates); never passport data.
 */
@ApplicationScoped
public class DocumentVerification {

    private final DocumentRepository documents;
    private final ConferenceRepository conferences;

    DocumentVerification(DocumentRepository documents, ConferenceRepository conferences) {
        this.documents = documents;
        this.conferences = conferences;
    }

    public record Verified(IssuedDocument document, Conference conference) {
    }

    /** The public address a document's QR code holds. */
    static String url(String publicBaseUrl, String reference) {
        return publicBaseUrl + "/api/v1/documents/" + reference;
    }

    @Transactional
    public Verified verify(String reference) {
        IssuedDocument document = documents.findByIdOptional(reference).orElseThrow(() -> new ProblemException(404,
                "unknown-reference", "Not found", "No document with the reference " + reference + " was issued; "
                + "the document is not genuine or the reference was mistyped", null, null));
        return new Verified(document, conferences.require(document.conferenceId));
    }
}
