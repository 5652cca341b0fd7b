package org.scorats.conference.agenda.service;

import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.RoomRepository;
import org.scorats.conference.agenda.service.RoomRequest;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;

import java.util.UUID;

@ApplicationScoped
@Transactional
public class RoomService {

    private final RoomRepository rooms;
    private final EntityManager entityManager;
    private final CalendarRepository calendars;

    RoomService(RoomRepository rooms, EntityManager entityManager, CalendarRepository calendars) {
        this.calendars = calendars;
        this.rooms = rooms;
        this.entityManager = entityManager;
    }

    public Room create(RoomRequest request) {
        calendars.require(request.conferenceId());
        validate(request);
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.createdAt = StoredTime.now();
        apply(request, room);
        rooms.persist(room);
        return room;
    }

    public Room update(UUID id, RoomRequest request, String ifMatch) {
        Room room = rooms.require(id);
        EntityVersions.requireMatch(ifMatch, room.version);
        new FieldErrors().check(request.conferenceId().equals(room.conferenceId), "conferenceId", "cannot change").throwIfAny();
        validate(request);
        apply(request, room);
        entityManager.flush(); // the answer's ETag is the version this change commits with
        return room;
    }

    private static void validate(RoomRequest request) {
        new FieldErrors().checkDistinct(request.interpretation(), "interpretation", "must not repeat a language").throwIfAny();
    }

    private static void apply(RoomRequest request, Room room) {
        room.conferenceId = request.conferenceId();
        room.name = request.name();
        room.capacity = request.capacity();
        room.interpretation = request.interpretation();
        room.updatedAt = StoredTime.now();
    }

    public Room get(UUID id) {
        return rooms.require(id);
    }

    public Page<Room> page(String conferenceId, PageRequest request) {
        calendars.require(conferenceId);
        return rooms.page(conferenceId, request);
    }
}
