package org.scorats.conference.agenda.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Schema(name = "Talk", example = """
        {"id": "fe4ae6a9-2e32-4d39-901a-1488e47a7478", "sessionId": "e84b6f2d-eff3-4909-b6a5-e47d459236a8",
         "title": {"en": "Financing of terrorism through virtual assets",
                   "ru": "Финансирование терроризма через виртуальные активы"},
         "startsAt": "2024-09-05T09:40:00+05:00", "endsAt": "2024-09-05T10:00:00+05:00", "language": "ru",
         "speakerIds": ["7515876c-78f9-4326-b769-9d79c79afd8b"], "completeLanguages": ["en", "ru"],
         "version": 0}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalkView(UUID id, UUID sessionId, LocalizedText title, LocalizedText summary, OffsetDateTime startsAt,
                       OffsetDateTime endsAt, String language, List<UUID> speakerIds, List<String> completeLanguages,
                       long version) {

    public static TalkView of(Talk t, ZoneId zone) {
        return new TalkView(t.id, t.sessionId, t.title, t.summary, t.startsAt.atZone(zone).toOffsetDateTime(),
                t.endsAt.atZone(zone).toOffsetDateTime(), t.language, List.copyOf(t.speakerIds),
                LocalizedText.completeLanguages(Arrays.asList(t.title, t.summary)), t.version);
    }
}
