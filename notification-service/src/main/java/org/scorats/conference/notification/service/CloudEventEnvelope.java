package org.scorats.conference.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scorats.conference.conventions.inbox.IncomingEvent;

/**
 * An event as a CloudEvents 1.0 JSON document (structured mode): what a partner's endpoint
 * receives. On Kafka the attributes travel as headers; a webhook carries them in the body.
 */
final class CloudEventEnvelope {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private CloudEventEnvelope() {
    }

    static String of(IncomingEvent event, ObjectMapper json) {
        try {
            return of(event, json.readTree(event.data()), json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no JSON", e);
        }
    }

    /** The event with {@code data} in place of its own payload: the part of it one receiver may see. */
    static String of(IncomingEvent event, JsonNode data, ObjectMapper json) {
        try {
            ObjectNode document = json.createObjectNode();
            document.put("specversion", "1.0");
            document.put("id", event.id());
            document.put("type", event.type());
            document.put("source", event.source());
            if (event.subject() != null) {
                document.put("subject", event.subject());
            }
            if (event.time() != null) {
                document.put("time", event.time().toString());
            }
            document.put("datacontenttype", "application/json");
            document.set("data", data);
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no JSON", e);
        }
    }
}
