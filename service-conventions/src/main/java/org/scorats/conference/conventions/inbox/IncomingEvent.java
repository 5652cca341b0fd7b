package org.scorats.conference.conventions.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;

/** A CloudEvent read from a Kafka record: attributes from the headers, the JSON payload as the value. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String key, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new UnreadableEvent("Not a CloudEvent (no ce_id or ce_type): " + record.topic()
                    + "/" + record.partition() + "@" + record.offset(), null);
        }
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (specVersion != null && !CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new UnreadableEvent("CloudEvents version " + specVersion + " is not understood here: " + record.topic()
                    + "/" + record.partition() + "@" + record.offset(), null);
        }
        String time = header(record, CloudEventHeaders.TIME);
        try {
            return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : OffsetDateTime.parse(time),
                    record.key(), record.value());
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent("Event " + id + " has no readable ce_time: " + time, e);
        }
    }

    public boolean is(EventType<?> eventType) {
        return eventType.type().equals(type);
    }

    /**
     * The payload, if this event's type is one of {@code types} and carries a {@code payloadType};
     * empty for any other type, including types newer than this consumer. Read tolerantly: fields
     * this consumer does not know are ignored, since producers may add fields within a topic version
     * (events/README.md) and older consumers must keep working during a rolling upgrade.
     *
     * @throws UnreadableEvent when the payload is not JSON of that shape: it can never be applied
     */
    public <P> Optional<P> payloadIf(Class<P> payloadType, Collection<EventType<?>> types, ObjectMapper json) {
        return types.stream()
                .filter(t -> t.type().equals(type) && t.payload() == payloadType)
                .findFirst()
                .map(t -> read(payloadType, json));
    }

    private <P> P read(Class<P> payloadType, ObjectMapper json) {
        try {
            // Tolerant of fields added later; times keep the offset the producer gave them (the conference's).
            return json.readerFor(payloadType).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).readValue(data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("Event " + id + " of type " + type + " does not carry a readable "
                    + payloadType.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
