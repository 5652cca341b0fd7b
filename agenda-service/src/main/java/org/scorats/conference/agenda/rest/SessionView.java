package org.scorats.conference.agenda.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.SessionKind;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A draft session in every language. @param completeLanguages languages in which all its texts are given */
@Schema(name = "Session")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, String conferenceId, SessionKind kind, LocalizedText title, LocalizedText description,
                          List<LocalizedText> topics, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId,
                          List<UUID> chairIds, List<String> languages, List<String> interpretation,
                          List<String> completeLanguages, long version) {

    public static SessionView of(Session s, ZoneId zone) {
        List<LocalizedText> texts = new ArrayList<>(s.topics);
        texts.add(s.title);
        texts.add(s.description);
        return new SessionView(s.id, s.conferenceId, s.kind, s.title, s.description, s.topics,
                s.startsAt.atZone(zone).toOffsetDateTime(), s.endsAt.atZone(zone).toOffsetDateTime(), s.roomId,
                List.copyOf(s.chairIds), s.languages, s.interpretation, LocalizedText.completeLanguages(texts), s.version);
    }
}
