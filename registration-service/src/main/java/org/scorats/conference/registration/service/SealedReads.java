package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.audit.AuditWriter;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.VisaLetter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Records in the audit trail each time sealed identity data (passport numbers, dates of birth,
 * passport expiry) leaves the service: shown to an organizer, printed on a letter.
 */
@ApplicationScoped
public class SealedReads {

    private final AuditWriter writer;

    SealedReads(AuditWriter writer) {
        this.writer = writer;
    }

    /** These participants were shown with their identity documents; those without any are not recorded. */
    public void participantsShown(Collection<Participant> shown) {
        List<AuditWriter.SealedRead> reads = new ArrayList<>();
        for (Participant p : shown) {
            List<String> fields = new ArrayList<>();
            if (p.passportNumber != null) {
                fields.add("passportNumber");
            }
            if (p.dateOfBirth != null) {
                fields.add("dateOfBirth");
            }
            if (!fields.isEmpty()) {
                reads.add(new AuditWriter.SealedRead("participants", p.id.toString(), p.organizationCode, p.conferenceId,
                        p.id, fields));
            }
        }
        writer.sealedRead(reads);
    }

    /** These requests were shown to an organizer, with the passport number. */
    public void visaLettersShown(Collection<VisaLetter> shown) {
        writer.sealedRead(shown.stream().map(letter -> letterRead(letter, List.of("passportNumber"))).toList());
    }

    /** The letter was printed, with the passport number and the holder's date of birth. */
    public void visaLetterPrinted(VisaLetter letter, Participant holder) {
        writer.sealedRead(List.of(letterRead(letter, holder.dateOfBirth == null ? List.of("passportNumber")
                : List.of("passportNumber", "dateOfBirth"))));
    }

    private static AuditWriter.SealedRead letterRead(VisaLetter letter, List<String> fields) {
        return new AuditWriter.SealedRead("visa-letters", letter.id.toString(), null, letter.conferenceId,
                letter.participantId, fields);
    }
}
