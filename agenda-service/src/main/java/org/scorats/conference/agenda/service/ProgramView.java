package org.scorats.conference.agenda.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The published program in one language, by day and session.
 *
 * @param language      the language asked for
 * @param fallbackOrder the order texts were looked up in
 * @param fallbacks     where a text was missing in the language asked and came from the next in order
 */
@Schema(name = "PublishedProgram", example = """
        {"conferenceId": "sco-rats-2024",
         "conferenceName": "10th International Scientific and Practical Conference of the SCO RATS: International cooperation in the fight against terrorism",
         "venue": "SCO RATS Executive Committee, 22 Durmon Yo'li, Tashkent", "timeZone": "Asia/Tashkent",
         "release": 2, "publishedAt": "2024-08-28T14:15:00+05:00", "language": "en",
         "fallbackOrder": ["en", "ru", "zh"], "fallbacks": [],
         "days": [{"date": "2024-09-04",
                   "sessions": [{"id": "e84b6f2d-eff3-4909-b6a5-e47d459236a8", "kind": "plenary",
                                 "title": "Plenary meeting",
                                 "description": "High-level participants deliver welcoming addresses and assess threats to security.",
                                 "topics": [], "startsAt": "2024-09-04T09:30:00+05:00",
                                 "endsAt": "2024-09-04T11:00:00+05:00",
                                 "room": {"id": "251dd6ad-168a-455c-be87-461ce38201ac", "name": "Plenary hall"},
                                 "chairs": [], "languages": ["en", "zh", "ru"],
                                 "interpretation": ["en", "zh", "ru"], "completeLanguages": ["en", "zh", "ru"],
                                 "talks": [{"id": "fe4ae6a9-2e32-4d39-901a-1488e47a7478",
                                            "title": "Financing of terrorism through virtual assets",
                                            "startsAt": "2024-09-04T10:40:00+05:00",
                                            "endsAt": "2024-09-04T11:00:00+05:00", "language": "ru",
                                            "speakers": [{"id": "7515876c-78f9-4326-b769-9d79c79afd8b",
                                                          "nameLatin": "Vladimir Voronkov",
                                                          "organization": "UN Office of Counter-Terrorism",
                                                          "biography": "Under-Secretary-General of the United Nations Office of Counter-Terrorism."}],
                                            "completeLanguages": ["en", "ru"]}]}]}]}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(String conferenceId, String conferenceName, String venue, String timeZone, int release,
                          OffsetDateTime publishedAt, String language, List<String> fallbackOrder,
                          List<String> fallbacks, List<Day> days) {

    @Schema(name = "ProgramDay")
    public record Day(LocalDate date, List<SessionItem> sessions) {
    }

    /** @param completeLanguages the languages in which every text of the session is given */
    @Schema(name = "ProgramSession")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionItem(UUID id, String kind, String title, String description, List<String> topics,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, Room room, List<Person> chairs,
                              List<String> languages, List<String> interpretation, List<String> completeLanguages,
                              List<TalkItem> talks) {
    }

    @Schema(name = "ProgramTalk")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TalkItem(UUID id, String title, String summary, OffsetDateTime startsAt, OffsetDateTime endsAt,
                           String language, List<Person> speakers, List<String> completeLanguages) {
    }

    @Schema(name = "ProgramRoom")
    public record Room(UUID id, String name) {
    }

    /** @param name in the person's own script; @param nameLatin as in the passport */
    @Schema(name = "ProgramPerson")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(UUID id, String name, String nameLatin, String organization, String biography) {
    }
}
