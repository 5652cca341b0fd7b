package org.scorats.conference.events;

import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.notification.NotificationEvents;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every event type of the platform; {@code events/README.md} describes the same list for people. */
public final class EventCatalogue {

    public static final String TYPE_PREFIX = "org.scorats.conference.";

    private EventCatalogue() {
    }

    public static List<EventType<?>> all() {
        return Stream.of(RegistrationEvents.ALL, AgendaEvents.ALL, NotificationEvents.ALL).flatMap(List::stream).toList();
    }

    public static Optional<EventType<?>> byType(String type) {
        return all().stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
