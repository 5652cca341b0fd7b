package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.List;
import java.util.UUID;

@Schema(name = "Room")
public record RoomView(UUID id, String conferenceId, LocalizedText name, int capacity, List<String> interpretation,
                       long version) {

    public static RoomView of(Room r) {
        return new RoomView(r.id, r.conferenceId, r.name, r.capacity, r.interpretation, r.version);
    }
}
