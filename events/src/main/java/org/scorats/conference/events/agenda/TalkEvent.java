package org.scorats.conference.events.agenda;

public record TalkEvent(TalkSnapshot talk) {
}
