package org.scorats.conference.registration.service;

import org.scorats.conference.documents.Letterhead;
import org.scorats.conference.registration.domain.Conference;

/** The conference record as a letterhead: its host and address when given, else its name and venue. */
final class Letterheads {

    private Letterheads() {
    }

    static Letterhead of(Conference c) {
        return new Letterhead(
                (c.contacts.organizer() != null ? c.contacts.organizer() : c.name).toMap(),
                (c.contacts.address() != null ? c.contacts.address() : c.venue).toMap(),
                c.contacts.phone(), c.contacts.email());
    }
}
