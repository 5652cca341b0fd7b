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

@Schema(name = "Talk")
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
