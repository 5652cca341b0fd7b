package org.scorats.conference.events.registration;

public record ConferenceEvent(ConferenceSnapshot conference) {
}
