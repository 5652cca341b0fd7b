package org.scorats.conference.events.agenda;

public record SpeakerEvent(SpeakerSnapshot speaker) {
}
