package org.scorats.conference.agenda.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The program as published in one release: everything a reader needs, in every language, with
 * times as instants (rendered in the conference's zone). Frozen once stored. What is not set
 * (a session without a room or description) is absent, not null.
 */
public record ProgramDocument(
        int release,
        Instant publishedAt,
        String comment,
        ConferenceInfo conference,
        List<RoomEntry> rooms,
        List<SpeakerEntry> speakers,
        List<SessionEntry> sessions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConferenceInfo(String id, LocalizedText name, LocalDate startDate, LocalDate endDate, String timeZone,
                                 LocalizedText venue, List<String> languages) {

        public ZoneId zone() {
            return ZoneId.of(timeZone);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoomEntry(UUID id, LocalizedText name, int capacity, List<String> interpretation) {
    }

    /** @param organization the organization's code for participants, the affiliation for guests */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpeakerEntry(UUID id, UUID participantId, String givenName, String familyName, String givenNameLatin,
                               String familyNameLatin, String organization, LocalizedText biography) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionEntry(UUID id, String kind, LocalizedText title, LocalizedText description,
                               List<LocalizedText> topics, Instant startsAt, Instant endsAt, UUID roomId,
                               List<UUID> chairIds, List<String> languages, List<String> interpretation,
                               List<TalkEntry> talks) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TalkEntry(UUID id, LocalizedText title, LocalizedText summary, Instant startsAt, Instant endsAt,
                            String language, List<UUID> speakerIds) {
    }

    public Optional<RoomEntry> room(UUID id) {
        return id == null ? Optional.empty() : rooms.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Map<UUID, SpeakerEntry> speakersById() {
        return speakers.stream().collect(Collectors.toMap(SpeakerEntry::id, Function.identity()));
    }

    public Optional<SessionEntry> session(UUID id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
