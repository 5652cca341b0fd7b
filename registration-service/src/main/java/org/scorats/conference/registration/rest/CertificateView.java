package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.DocumentStatus;
import org.scorats.conference.registration.domain.HeldCertificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate of attendance as organizers and the holder's partner keep track of it: whose, which
 * days, whether it still stands and, if revoked, why (the public check never shows the reason).
 *
 * @param firstDay the first day attended, as printed
 * @param lastDay  the last day attended, as printed
 */
@Schema(name = "Certificate", example = """
        {"reference": "SCO-RATS-2024-AC-4D2N8RT5", "participantId": "b138d10a-ca06-4cda-99bf-a7928eab7f22",
         "holder": "Aleksei Sokolov", "organization": "CIS-ATC", "firstDay": "2024-09-04", "lastDay": "2024-09-05",
         "status": "revoked", "issuedAt": "2024-09-05T16:20:00Z", "revokedAt": "2024-09-06T09:12:00Z",
         "revokedReason": "Admitted on a badge lent to a colleague"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateView(String reference, UUID participantId, String holder, String organization, LocalDate firstDay,
                              LocalDate lastDay, DocumentStatus status, Instant issuedAt, Instant revokedAt,
                              String revokedReason) {

    static CertificateView of(HeldCertificate held) {
        var c = held.certificate();
        return new CertificateView(c.reference, c.participantId, c.holderLatin, held.organizationCode(), c.validFrom,
                c.validUntil, c.status(), c.issuedAt, c.revokedAt, c.revokedReason);
    }
}
