package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.util.List;
import java.util.UUID;

@Schema(name = "Room", example = """
        {"id": "251dd6ad-168a-455c-be87-461ce38201ac", "conferenceId": "sco-rats-2024",
         "name": {"en": "Plenary hall", "zh": "全体会议厅", "ru": "Пленарный зал"}, "capacity": 220,
         "interpretation": ["en", "zh", "ru"], "version": 0}""")
public record RoomView(UUID id, String conferenceId, LocalizedText name, int capacity, List<String> interpretation,
                       long version) {

    public static RoomView of(Room r) {
        return new RoomView(r.id, r.conferenceId, r.name, r.capacity, r.interpretation, r.version);
    }
}
