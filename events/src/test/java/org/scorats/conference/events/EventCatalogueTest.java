package org.scorats.conference.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogueTest {

    @Test
    void typesAreUniqueAndFoundByName() {
        var types = EventCatalogue.all().stream().map(EventType::type).toList();
        assertThat(new HashSet<>(types)).hasSameSizeAs(types);
        assertThat(EventCatalogue.byType("org.scorats.conference.registration.participant.approved"))
                .contains(RegistrationEvents.PARTICIPANT_APPROVED);
        assertThat(EventCatalogue.byType("org.scorats.conference.unknown")).isEmpty();
    }

    @Test
    void theCatalogueForPeopleNamesEveryType() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(EventCatalogue.all())
                .allSatisfy(type -> assertThat(readme).contains("`" + type.type() + "`"));
    }

    @Test
    void typesOutsideThePlatformPrefixAreRefused() {
        assertThatThrownBy(() -> new EventType<>("com.example.thing", Topics.AGENDA, String.class, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadsSurviveAJsonRoundTripWithNativeScripts() throws Exception {
        var snapshot = new ParticipantSnapshot(UUID.randomUUID(), "sco-rats-2024", UUID.randomUUID(), "CIS-ATC", "cis-42", null,
                "Иван", "Петров", "Ivan", "Petrov", "ivan.petrov@example.org", "ru", "delegate", "in-person",
                "approved", true, 3);
        var event = new ParticipantEvent(snapshot, "submitted", null, null);
        ObjectMapper mapper = new ObjectMapper();

        var read = mapper.readValue(mapper.writeValueAsString(event), ParticipantEvent.class);

        assertThat(read).isEqualTo(new ParticipantEvent(snapshot, "submitted", null, List.of()));
    }
}
