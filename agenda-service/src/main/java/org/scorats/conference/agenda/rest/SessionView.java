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
@Schema(name = "Session", example = """
        {"id": "e84b6f2d-eff3-4909-b6a5-e47d459236a8", "conferenceId": "sco-rats-2024", "kind": "plenary",
         "title": {"en": "Plenary meeting", "zh": "全体会议", "ru": "Пленарное заседание"},
         "description": {"en": "High-level participants deliver welcoming addresses, as well as assessments of challenges and threats to security, the status and prospects of international cooperation in the field of countering terrorism and extremism.",
                         "zh": "高级别与会者致欢迎辞，评估安全挑战和威胁，以及打击恐怖主义和极端主义领域国际合作的现状与前景。",
                         "ru": "Участники высокого уровня выступят с приветственными словами, оценками вызовов и угроз безопасности, состояния и перспектив международного сотрудничества в сфере противодействия терроризму и экстремизму."},
         "topics": [], "startsAt": "2024-09-04T09:30:00+05:00", "endsAt": "2024-09-04T11:00:00+05:00",
         "roomId": "251dd6ad-168a-455c-be87-461ce38201ac", "chairIds": [], "languages": ["en", "zh", "ru"],
         "interpretation": ["en", "zh", "ru"], "completeLanguages": ["en", "zh", "ru"], "version": 0}""")
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
