package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.MaterialType;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.domain.TalkMaterial;
import org.scorats.conference.agenda.repository.MaterialRepository;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.agenda.repository.SpeakerRepository;
import org.scorats.conference.agenda.repository.TalkRepository;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Slides and papers for talks. Organizers and the talk's own speakers add and remove them while
 * the program is built; the public reads those of the talks in the latest published release.
 */
@ApplicationScoped
public class TalkMaterials {

    public static final int MAX_PER_TALK = 10;
    static final int MAX_FILE_NAME = 120;
    static final int MAX_TITLE = 200;

    /** A file as uploaded: its name and title as given, the Content-Type it came with, its bytes. */
    public record Upload(String fileName, String title, String contentType, byte[] content) {
    }

    /** A material of the published program and the talk and session it belongs to. */
    public record Published(TalkMaterial material, UUID sessionId) {
    }

    /** A material's bytes with what describes them. */
    public record Download(TalkMaterial material, byte[] content) {
    }

    private final MaterialRepository materials;
    private final TalkRepository talks;
    private final ReleaseRepository releases;
    private final ProgramReleases programs;
    private final SpeakerRepository speakers;
    private final Caller caller;

    TalkMaterials(MaterialRepository materials, TalkRepository talks, ReleaseRepository releases, ProgramReleases programs,
                  SpeakerRepository speakers, Caller caller) {
        this.materials = materials;
        this.talks = talks;
        this.releases = releases;
        this.programs = programs;
        this.speakers = speakers;
        this.caller = caller;
    }

    @Transactional
    public TalkMaterial add(UUID talkId, Upload upload) {
        Talk talk = mine(talkId);
        MaterialType type = MaterialType.of(upload.contentType()).orElseThrow(() -> ProblemException.invalidField(
                "Content-Type", "must be one of " + String.join(", ", MaterialType.MEDIA_TYPES)));
        String fileName = fileName(upload.fileName(), type);
        String title = upload.title() == null || upload.title().isBlank() ? fileName : upload.title().strip();
        if (title.length() > MAX_TITLE) {
            throw ProblemException.invalidField("title", "must be at most " + MAX_TITLE + " characters");
        }
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length == 0) {
            throw ProblemException.invalidField("body", "must be the file, not empty");
        }
        if (!type.starts(content)) {
            throw ProblemException.invalidField("body", "is not a " + type.name() + " file: it does not begin as one");
        }
        if (materials.count("talkId", talkId) >= MAX_PER_TALK) {
            throw ProblemException.conflict("too-many-materials",
                    "A talk has at most " + MAX_PER_TALK + " materials; remove one before adding another");
        }
        TalkMaterial m = new TalkMaterial();
        m.id = UUID.randomUUID();
        m.talkId = talkId;
        m.conferenceId = talk.conferenceId;
        m.title = title;
        m.fileName = fileName;
        m.contentType = type.mediaType();
        m.size = content.length;
        m.sha256 = sha256(content);
        m.uploadedBy = caller.subject();
        m.createdAt = StoredTime.now();
        materials.persist(m);
        materials.flush(); // the row the content refers to
        materials.storeContent(m.id, content);
        return m;
    }

    @Transactional
    public List<TalkMaterial> ofTalk(UUID talkId) {
        mine(talkId);
        return materials.ofTalk(talkId);
    }

    @Transactional
    public TalkMaterial get(UUID materialId) {
        TalkMaterial m = materials.findByIdOptional(materialId)
                .orElseThrow(() -> ProblemException.notFound("Material", materialId));
        mine(m.talkId);
        return m;
    }

    @Transactional
    public void remove(UUID materialId) {
        materials.delete(get(materialId));
    }

    /** The materials of the talks in the latest release, in the program's order of talks. */
    @Transactional
    public List<Published> published(String conferenceId) {
        return published(conferenceId, releases.requireLatestNumber(conferenceId));
    }

    /** The same for a given release: the one an export renders, so both name the same talks. */
    @Transactional
    public List<Published> published(String conferenceId, int release) {
        Map<UUID, UUID> sessionOfTalk = publishedTalks(conferenceId, release);
        Map<UUID, Integer> position = new HashMap<>();
        sessionOfTalk.keySet().forEach(talk -> position.put(talk, position.size()));
        return materials.ofTalks(sessionOfTalk.keySet()).stream()
                .sorted(Comparator.comparingInt(m -> position.get(m.talkId))) // stable: a talk's oldest first
                .map(m -> new Published(m, sessionOfTalk.get(m.talkId))).toList();
    }

    /**
     * What names a list of published materials: materials are added and removed between releases
     * and never changed, so their ids say whether a cached export that lists them is still current.
     * Empty for none, so exports of programs without materials keep their tags.
     */
    public static String fingerprint(List<Published> published) {
        if (published.isEmpty()) {
            return "";
        }
        String ids = published.stream().map(p -> p.material().id.toString()).collect(Collectors.joining(","));
        return sha256(ids.getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
    }

    /** One published material's bytes; 404 unless its talk is in the latest release of that conference. */
    @Transactional
    public Download download(String conferenceId, UUID materialId) {
        int latest = releases.requireLatestNumber(conferenceId);
        TalkMaterial m = materials.findByIdOptional(materialId)
                .filter(found -> found.conferenceId.equals(conferenceId))
                .filter(found -> publishedTalks(conferenceId, latest).containsKey(found.talkId))
                .orElseThrow(() -> ProblemException.notFound("Published material", materialId));
        return new Download(m, materials.content(m.id));
    }

    /** Each talk of the release, in the program's order, with its session. */
    private Map<UUID, UUID> publishedTalks(String conferenceId, int release) {
        ProgramDocument program = programs.published(conferenceId, release);
        return program.sessions().stream().flatMap(s -> s.talks().stream().map(t -> Map.entry(t.id(), s.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The talk, if the caller may change its materials: organizers any, a delegate those they are a
     * speaker of while their registration stands. To anyone else it is not confirmed to exist.
     */
    private Talk mine(UUID talkId) {
        Talk talk = talks.require(talkId);
        if (caller.isOrganizer()) {
            return talk;
        }
        Set<UUID> mySpeakerIds = speakers.actingAs(talk.conferenceId, caller.subject());
        if (talk.speakerIds.stream().noneMatch(mySpeakerIds::contains)) {
            throw ProblemException.notFound("Talk", talkId);
        }
        return talk;
    }

    /** A name to download it under: no path, no leading dot, in the type's extension. */
    private static String fileName(String given, MaterialType type) {
        if (given == null || given.isBlank()) {
            throw ProblemException.invalidField("fileName", "is required, e.g. slides" + type.extension());
        }
        String name = given.strip();
        if (name.length() > MAX_FILE_NAME) {
            throw ProblemException.invalidField("fileName", "must be at most " + MAX_FILE_NAME + " characters");
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith(".") || name.contains("\"")) {
            throw ProblemException.invalidField("fileName", "must be a plain file name, without /, \\, quotes or a leading dot");
        }
        if (!type.names(name)) {
            throw ProblemException.invalidField("fileName", "must end in " + type.extension() + " for " + type.mediaType());
        }
        return name;
    }

    /** Hex SHA-256: what a material is recorded and served under. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
