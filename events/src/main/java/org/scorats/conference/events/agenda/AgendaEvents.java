package org.scorats.conference.events.agenda;

import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;

import java.util.List;

/** Events published by agenda-service on {@link Topics#AGENDA}. */
public final class AgendaEvents {

    private static final String PREFIX = "org.scorats.conference.agenda.";

    public static final EventType<SessionEvent> SESSION_CREATED = session("created", "A session was added to the draft.");
    public static final EventType<SessionEvent> SESSION_UPDATED = session("updated", "A draft session changed.");
    public static final EventType<SessionEvent> SESSION_CANCELLED = session("cancelled",
            "A session was removed from the draft, with its talks.");
    public static final EventType<TalkEvent> TALK_CREATED = talk("created", "A talk was added to the draft.");
    public static final EventType<TalkEvent> TALK_UPDATED = talk("updated", "A draft talk changed.");
    public static final EventType<TalkEvent> TALK_CANCELLED = talk("cancelled", "A talk was removed from the draft.");
    public static final EventType<SpeakerEvent> SPEAKER_CREATED = speaker("created", "A speaker was added.");
    public static final EventType<SpeakerEvent> SPEAKER_UPDATED = speaker("updated", "A speaker changed.");
    public static final EventType<ProgramPublished> PROGRAM_PUBLISHED = new EventType<>(PREFIX + "program.published",
            Topics.AGENDA, ProgramPublished.class,
            "Organizers published a release of the program; changes and the people they concern. Key: conference id.");

    public static final List<EventType<?>> ALL = List.of(SESSION_CREATED, SESSION_UPDATED, SESSION_CANCELLED,
            TALK_CREATED, TALK_UPDATED, TALK_CANCELLED, SPEAKER_CREATED, SPEAKER_UPDATED, PROGRAM_PUBLISHED);

    private AgendaEvents() {
    }

    private static EventType<SessionEvent> session(String what, String description) {
        return new EventType<>(PREFIX + "session." + what, Topics.AGENDA, SessionEvent.class, description + " Key: session id.");
    }

    private static EventType<TalkEvent> talk(String what, String description) {
        return new EventType<>(PREFIX + "talk." + what, Topics.AGENDA, TalkEvent.class, description + " Key: session id.");
    }

    private static EventType<SpeakerEvent> speaker(String what, String description) {
        return new EventType<>(PREFIX + "speaker." + what, Topics.AGENDA, SpeakerEvent.class, description + " Key: speaker id.");
    }
}
