package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Contacts;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.LateArrivalPolicy;
import org.scorats.conference.registration.service.ConferenceRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A conference; times are given in its own time zone. */
@Schema(name = "RegistrationConference",
        example = "{\"id\": \"sco-rats-2024\",\n" + ConferenceRequest.EXAMPLE_STATE + ",\n\"version\": 0}")
public record ConferenceView(
        String id,
        LocalizedText name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        LocalizedText venue,
        List<Language> languages,
        int capacity,
        OffsetDateTime arrivalDeadline,
        LateArrivalPolicy lateArrivalPolicy,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        Contacts contacts,
        long version) {

    public static ConferenceView of(Conference c) {
        var zone = c.zone();
        return new ConferenceView(c.id, c.name, c.startDate, c.endDate, c.timeZone, c.venue, c.languages, c.capacity,
                c.arrivalDeadline.atZone(zone).toOffsetDateTime(), c.lateArrivalPolicy,
                c.registrationOpensAt.atZone(zone).toOffsetDateTime(),
                c.registrationClosesAt.atZone(zone).toOffsetDateTime(), c.contacts, c.version);
    }
}
