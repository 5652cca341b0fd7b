package org.scorats.conference.agenda.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.service.SpeakerService;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.List;
import java.util.UUID;

/** @param completeLanguages the languages the biography is given in */
@Schema(name = "Speaker", example = """
        {"id": "7515876c-78f9-4326-b769-9d79c79afd8b", "conferenceId": "sco-rats-2024",
         "givenNameLatin": "Vladimir", "familyNameLatin": "Voronkov",
         "organization": "UN Office of Counter-Terrorism",
         "biography": {"en": "Under-Secretary-General of the United Nations Office of Counter-Terrorism."},
         "completeLanguages": ["en"], "version": 0}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpeakerView(UUID id, String conferenceId, UUID participantId, String givenName, String familyName,
                          String givenNameLatin, String familyNameLatin, String organization, LocalizedText biography,
                          List<String> completeLanguages, long version) {

    public static SpeakerView of(Speaker s, SpeakerService.Names names) {
        return new SpeakerView(s.id, s.conferenceId, s.participantId, names.givenName(), names.familyName(),
                names.givenNameLatin(), names.familyNameLatin(), names.organization(), s.biography,
                s.biography == null ? List.of() : s.biography.languages(), s.version);
    }
}
