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
@Schema(name = "PublishedProgram")
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
