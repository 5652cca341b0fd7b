package org.scorats.conference.conventions.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

/** A CloudEvent read from a Kafka record: attributes from the headers, the JSON payload as the value. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String key, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent (no ce_id or ce_type): " + record.topic()
                    + "/" + record.partition() + "@" + record.offset());
        }
        String time = header(record, CloudEventHeaders.TIME);
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), time == null ? null : OffsetDateTime.parse(time),
                record.key(), record.value());
    }

    public boolean is(EventType<?> eventType) {
        return eventType.type().equals(type);
    }

    /**
     * The payload, if this event's type is one of {@code types} and carries a {@code payloadType};
     * empty for any other type, including types newer than this consumer.
     */
    public <P> Optional<P> payloadIf(Class<P> payloadType, Collection<EventType<?>> types, ObjectMapper json) {
        return types.stream()
                .filter(t -> t.type().equals(type) && t.payload() == payloadType)
                .findFirst()
                .map(t -> read(payloadType, json));
    }

    private <P> P read(Class<P> payloadType, ObjectMapper json) {
        try {
            return json.readValue(data, payloadType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + id + " does not carry a " + payloadType.getSimpleName(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
