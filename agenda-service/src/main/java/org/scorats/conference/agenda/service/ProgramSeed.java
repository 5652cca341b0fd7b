package org.scorats.conference.agenda.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.agenda.domain.SessionKind;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.service.RoomRequest;
import org.scorats.conference.agenda.service.SessionRequest;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a conference's program as the concept note lays it out (bundled as
 * {@code seed/<conference>-program.json}) into an empty draft, through the same services and rules
 * as any organizer's edit.
 */
@ApplicationScoped
public class ProgramSeed {

    @JsonIgnoreProperties("_comment")
    record Seed(String conferenceId, List<SeedRoom> rooms, List<SeedSession> sessions) {
    }

    record SeedRoom(String key, LocalizedText name, int capacity, List<String> interpretation) {
    }

    record SeedSession(SessionKind kind, LocalizedText title, LocalizedText description, List<LocalizedText> topics,
                       OffsetDateTime startsAt, OffsetDateTime endsAt, String roomKey, List<String> languages,
                       List<String> interpretation) {
    }

    /** What a seed added. */
    @Schema(name = "Seeded", example = """
            {"rooms": 3, "sessions": 8, "topics": 12}""")
    public record Seeded(int rooms, int sessions, int topics) {
    }

    private final RoomService rooms;
    private final SessionService sessions;
    private final SessionRepository sessionRepository;
    private final ObjectMapper json;

    ProgramSeed(RoomService rooms, SessionService sessions, SessionRepository sessionRepository, ObjectMapper json) {
        this.rooms = rooms;
        this.sessions = sessions;
        this.sessionRepository = sessionRepository;
        this.json = json;
    }

    /** @param program the bundled program to load, e.g. {@code sco-rats-2024} */
    @Transactional
    public Seeded seed(String conferenceId, String program) {
        Seed seed = read(program);
        if (!sessionRepository.ofConference(conferenceId).isEmpty()) {
            throw ProblemException.conflict("program-exists", "The draft of " + conferenceId
                    + " has sessions already; a seed only fills an empty program");
        }
        Map<String, Room> roomsByKey = new HashMap<>();
        seed.rooms().forEach(r -> roomsByKey.put(r.key(),
                rooms.create(new RoomRequest(conferenceId, r.name(), r.capacity(), r.interpretation()))));
        seed.sessions().forEach(s -> sessions.create(conferenceId, new SessionRequest(s.kind(), s.title(), s.description(),
                s.topics(), s.startsAt(), s.endsAt(), s.roomKey() == null ? null : roomsByKey.get(s.roomKey()).id,
                List.of(), s.languages(), s.interpretation())));
        return new Seeded(seed.rooms().size(), seed.sessions().size(),
                seed.sessions().stream().mapToInt(s -> s.topics().size()).sum());
    }

    private Seed read(String program) {
        if (!program.matches("[a-z0-9-]{1,64}")) {
            throw ProblemException.invalidField("program", "is not the name of a bundled program");
        }
        try (InputStream in = getClass().getResourceAsStream("/seed/" + program + "-program.json")) {
            if (in == null) {
                throw ProblemException.notFound("Bundled program", program);
            }
            return json.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled program " + program + " cannot be read", e);
        }
    }
}
