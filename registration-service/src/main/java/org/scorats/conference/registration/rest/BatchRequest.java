package org.scorats.conference.registration.rest;

import org.scorats.conference.registration.service.BatchItem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Up to 1,000 upserts. Items are read and validated one by one, not as a whole: an item that
 * cannot be read (a control character in a name, a number for a string) or is not valid is
 * answered with its own problem while the others go through. So the items stay JSON here, and
 * {@link PartnerSyncResource} reads each.
 */
@Schema(name = "ParticipantBatch", example = """
        {"items": [{"externalId": "ATC-0001",
                    "participant": {"arrival": {"at": "2024-09-03T18:40:00+05:00", "reference": "HY 602",
                                                "transport": "flight"},
                                    "attendance": "in-person", "dateOfBirth": "1980-04-12",
                                    "dietaryNeeds": "halal", "email": "i.petrov@example.org",
                                    "familyName": "Петров", "familyNameLatin": "Petrov", "givenName": "Иван",
                                    "givenNameLatin": "Ivan", "language": "ru", "organizationCode": "CIS-ATC",
                                    "passportNumber": "75 1234567", "phone": "+7 495 000 00 00",
                                    "privacyConsent": true, "publicListingConsent": true, "role": "delegate",
                                    "telegram": "@ipetrov"}}]}""")
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = BatchItem.class, minItems = 1, maxItems = 1000)
        @NotNull @Size(min = 1, max = 1000) List<@NotNull JsonNode> items) {
}
