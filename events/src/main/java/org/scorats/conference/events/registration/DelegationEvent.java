package org.scorats.conference.events.registration;

public record DelegationEvent(DelegationSnapshot delegation) {
}
