package org.scorats.conference.events;

/**
 * One kind of event: the CloudEvents {@code type} attribute, the topic it travels on and the
 * record carried as its JSON value.
 */
public record EventType<P>(String type, String topic, Class<P> payload, String description) {

    public EventType {
        if (!type.startsWith(EventCatalogue.TYPE_PREFIX)) {
            throw new IllegalArgumentException("Event types start with " + EventCatalogue.TYPE_PREFIX + ": " + type);
        }
    }
}
