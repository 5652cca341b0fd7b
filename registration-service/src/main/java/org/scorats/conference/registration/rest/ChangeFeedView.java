package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * @param nextCursor keep it and pass it as {@code cursor} next time; given also when nothing changed
 * @param more       more changes wait: read on at once
 */
@Schema(name = "ParticipantChanges", example = """
        {"items": [{"change": "upserted", "id": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
                    "externalId": "ATC-0001", "version": 2,
                    "participant": {"id": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
                                    "conferenceId": "sco-rats-2024",
                                    "delegationId": "6e52e388-0da5-470d-9ea9-5e91e737567f",
                                    "organizationCode": "CIS-ATC", "externalId": "ATC-0001",
                                    "givenName": "Алексей", "familyName": "Соколов",
                                    "givenNameLatin": "Aleksei", "familyNameLatin": "Sokolov",
                                    "email": "a.sokolov@cisatc.example", "phone": "+7 495 000 00 00",
                                    "language": "ru", "role": "delegate", "attendance": "in-person",
                                    "arrival": {"at": "2024-09-03T18:40:00+05:00", "transport": "flight",
                                                "reference": "HY 602"},
                                    "lateArrival": false, "dietaryNeeds": "halal", "privacyConsent": true,
                                    "publicListingConsent": true, "status": "approved", "version": 2,
                                    "createdAt": "2024-06-03T07:17:51Z", "updatedAt": "2024-06-05T10:02:13Z"}}],
         "nextCursor": "MR84NTYfNQ", "more": false}""")
public record ChangeFeedView(List<Change> items, String nextCursor, boolean more) {

    /**
     * @param change      upserted (created or changed, withdrawals included) or deleted
     * @param participant the current state; absent for deletions
     */
    @Schema(name = "ParticipantChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String change, UUID id, String externalId, long version, ParticipantView participant) {
    }
}
