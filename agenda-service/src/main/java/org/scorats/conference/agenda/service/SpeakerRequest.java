package org.scorats.conference.agenda.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.UUID;

/**
 * A registered participant (give {@code participantId}; names come from registration) or a guest
 * (give the names, at least in Latin letters).
 */
@Schema(name = "SpeakerRequest", example = """
        {"givenNameLatin": "Vladimir", "familyNameLatin": "Voronkov", "affiliation": "UN Office of Counter-Terrorism",
         "biography": {"en": "Under-Secretary-General of the United Nations Office of Counter-Terrorism."}}""")
public record SpeakerRequest(
        @Schema(description = "A registered participant of the conference whose registration has not ended "
                + "(withdrawn, rejected or deleted); a link made before it ended stands")
        UUID participantId,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        @Size(max = 100) String givenNameLatin,
        @Size(max = 100) String familyNameLatin,
        @Size(max = 200) String affiliation,
        @Valid LocalizedText biography) {
}
