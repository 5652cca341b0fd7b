package org.scorats.conference.events.agenda;

public record SessionEvent(SessionSnapshot session) {
}
