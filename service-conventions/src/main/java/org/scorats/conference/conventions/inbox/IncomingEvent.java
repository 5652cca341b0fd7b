package org.scorats.conference.conventions.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

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

    public <P> P payload(EventType<P> eventType, ObjectMapper json) {
        try {
            return json.readValue(data, eventType.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + id + " does not carry a " + eventType.payload().getSimpleName(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
