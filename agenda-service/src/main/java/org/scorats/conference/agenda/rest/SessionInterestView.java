package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.service.PersonalAgenda;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/** A published session's draw against its room, as the organizers plan the halls. */
@Schema(name = "SessionInterest", example = """
        {"sessionId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
         "title": {"en": "Session I: International cooperation in countering terrorism"},
         "startsAt": "2024-09-04T06:30:00Z", "endsAt": "2024-09-04T08:30:00Z",
         "roomId": "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d", "room": {"en": "Hall B"},
         "capacity": 60, "marked": 72, "fill": 1.2}""")
public record SessionInterestView(UUID sessionId, LocalizedText title, Instant startsAt, Instant endsAt,
                                  @Schema(nullable = true) UUID roomId,
                                  @Schema(nullable = true) LocalizedText room,
                                  @Schema(nullable = true, description = "The room's seats") Integer capacity,
                                  @Schema(description = "How many people who are coming (approved or checked in) marked it")
                                  int marked,
                                  @Schema(nullable = true, description = "marked / capacity, to two decimals; over 1 "
                                          + "the room is too small; null without a room")
                                  Double fill) {

    static SessionInterestView of(PersonalAgenda.Interest i) {
        var room = i.room();
        Integer capacity = room == null ? null : room.capacity();
        Double fill = capacity == null || capacity == 0 ? null : Math.round(i.marked() * 100.0 / capacity) / 100.0;
        return new SessionInterestView(i.session().id(), i.session().title(), i.session().startsAt(), i.session().endsAt(),
                room == null ? null : room.id(), room == null ? null : room.name(), capacity, i.marked(), fill);
    }
}
