package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.notification.domain.DeskNotice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change the logistics desk is told of: whose arrival, as it was and as it is now. */
@Schema(name = "LogisticsNotice", example = """
        {"id": "5b0f3f55-8a4e-4d0c-9a43-64a2b8f0b7de", "kind": "arrival-changed",
         "participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "organization": "CIS-ATC",
         "familyName": "Соколов", "givenName": "Алексей", "familyNameLatin": "Sokolov", "givenNameLatin": "Aleksei",
         "status": "approved",
         "before": {"at": "2024-09-03T18:40:00+05:00", "transport": "flight", "reference": "HY 602"},
         "after": {"at": "2024-09-03T21:15:00+05:00", "transport": "flight", "reference": "HY 604"},
         "late": false, "createdAt": "2024-09-01T07:12:40Z"}""")
public record DeskNoticeView(UUID id, String kind, UUID participantId, String organization, String familyName,
                             String givenName, String familyNameLatin, String givenNameLatin, String status,
                             Arrival before, Arrival after, boolean late, Instant createdAt) {

    /** Members null where the participant gave none. */
    @Schema(name = "LogisticsArrival")
    public record Arrival(OffsetDateTime at, String transport, String reference) {

        static Arrival of(ArrivalChange.Arrival a) {
            return a == null ? new Arrival(null, null, null) : new Arrival(a.at(), a.transport(), a.reference());
        }
    }

    /** @param changes reads the stored event, keeping its times' offset (the conference's) */
    static DeskNoticeView of(DeskNotice notice, ObjectMapper json, ObjectReader changes) {
        ArrivalChange c;
        try {
            c = changes.readValue((JsonNode) json.valueToTree(notice.data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeskNoticeView(notice.id, notice.kind, notice.participantId, c.organizationCode(), c.familyName(),
                c.givenName(), c.familyNameLatin(), c.givenNameLatin(), c.status(), Arrival.of(c.before()),
                Arrival.of(c.after()), c.lateArrival(), notice.createdAt);
    }
}
