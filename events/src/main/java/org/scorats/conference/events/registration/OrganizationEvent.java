package org.scorats.conference.events.registration;

public record OrganizationEvent(OrganizationSnapshot organization) {
}
