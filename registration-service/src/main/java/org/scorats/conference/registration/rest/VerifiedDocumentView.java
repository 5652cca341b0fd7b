package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.registration.domain.DocumentStatus;
import org.scorats.conference.registration.service.DocumentVerification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification of a printed document says: genuine and valid, or revoked; only
 * what the document itself states (no passport data).
 *
 * @param kind       visa-letter or attendance-certificate
 * @param status     valid or revoked
 * @param validFrom  a letter's travel dates; a certificate's first and last day attended
 */
@Schema(name = "VerifiedDocument", example = """
        {"reference": "SCO-RATS-2024-VL-7K3M9QX2", "kind": "visa-letter", "status": "valid",
         "conference": {"en": "10th International Scientific and Practical Conference of the SCO RATS",
                        "ru": "X Международная научно-практическая конференция РАТС ШОС",
                        "zh": "上合组织地区反恐怖机构第十届国际科学与实践会议"},
         "holder": "Jing Chen", "validFrom": "2024-09-02", "validUntil": "2024-09-07",
         "issuedAt": "2024-07-12T11:02:00Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedDocumentView(String reference, String kind, DocumentStatus status, LocalizedText conference, String holder,
                                   LocalDate validFrom, LocalDate validUntil, Instant issuedAt, Instant revokedAt) {

    static VerifiedDocumentView of(DocumentVerification.Verified v) {
        var d = v.document();
        return new VerifiedDocumentView(d.reference, d.kind, d.status(), v.conference().name,
                d.holderLatin, d.validFrom, d.validUntil, d.issuedAt, d.revokedAt);
    }
}
