package org.scorats.conference.registration.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.deadletter.EventHandlers;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.SpeakerEvent;
import org.scorats.conference.events.agenda.TalkEvent;
import org.scorats.conference.registration.repository.ProgramCopyRepository;

/**
 * What registration keeps from agenda-service: who speaks on which talk, for speakers' certificates.
 * Once per event id (the inbox); other agenda events pass.
 */
@ApplicationScoped
public class AgendaEventHandler implements EventHandlers {

    private static final String CONSUMER = "program-copy";

    private final Inbox inbox;
    private final ProgramCopyRepository program;
    private final ObjectMapper json;

    AgendaEventHandler(Inbox inbox, ProgramCopyRepository program, ObjectMapper json) {
        this.inbox = inbox;
        this.program = program;
        this.json = json;
    }

    @Override
    @Transactional
    public void apply(String channel, IncomingEvent event) {
        event.payloadIf(TalkEvent.class, AgendaEvents.ALL, json).ifPresent(payload -> inbox.applyOnce(CONSUMER, event,
                () -> program.talk(payload.talk(), event.is(AgendaEvents.TALK_CANCELLED))));
        event.payloadIf(SpeakerEvent.class, AgendaEvents.ALL, json).ifPresent(payload -> inbox.applyOnce(CONSUMER, event,
                () -> program.speaker(payload.speaker())));
    }
}
