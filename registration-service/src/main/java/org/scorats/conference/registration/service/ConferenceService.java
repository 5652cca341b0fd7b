package org.scorats.conference.registration.service;

import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.ConferenceDays;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.service.ConferenceRequest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** Organizers create and edit conferences; everyone signed in reads them. */
@ApplicationScoped
@Transactional
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final RegistrationEventPublisher events;
    private final Seats seats;
    private final Badges badges;
    private final VisaLetters visaLetters;

    ConferenceService(ConferenceRepository conferences, RegistrationEventPublisher events, Seats seats, Badges badges,
                      VisaLetters visaLetters) {
        this.conferences = conferences;
        this.badges = badges;
        this.visaLetters = visaLetters;
        this.events = events;
        this.seats = seats;
    }

    public Conference create(ConferenceRequest request) {
        new FieldErrors().check(request.id() != null, "id", "must be given").throwIfAny();
        validate(request);
        if (conferences.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("conference-exists", "A conference with id " + request.id() + " exists");
        }
        Conference conference = new Conference();
        conference.id = request.id();
        conference.createdAt = StoredTime.now();
        apply(request, conference);
        conferences.persist(conference);
        conferences.flush(); // the seats' rows refer to it
        seats.open(conference);
        events.conference(RegistrationEvents.CONFERENCE_CREATED, conference);
        return conference;
    }

    public Conference update(String id, ConferenceRequest request, String ifMatch) {
        Conference conference = conferences.require(id);
        EntityVersions.requireMatch(ifMatch, conference.version);
        new FieldErrors().check(request.id() == null || request.id().equals(id), "id", "cannot change").throwIfAny();
        validate(request);
        int capacityBefore = conference.capacity;
        LocalDate startBefore = conference.startDate;
        LocalDate endBefore = conference.endDate;
        String zoneBefore = conference.timeZone;
        apply(request, conference);
        boolean moved = !startBefore.equals(conference.startDate) || !endBefore.equals(conference.endDate)
                || !zoneBefore.equals(conference.timeZone);
        if (moved) {
            conferences.lockDaysForMove(id); // an approval issuing a badge for the old days commits first, or waits
            badges.conferenceRescheduled(conference);
            visaLetters.conferenceRescheduled(conference);
        }
        if (conference.capacity != capacityBefore) {
            // The versioned update first: of two concurrent changes, the second fails before it moves any seat.
            conferences.flush();
            seats.capacityChanged(id, conference.capacity - capacityBefore);
        }
        events.conference(RegistrationEvents.CONFERENCE_UPDATED, conference);
        if (moved) {
            events.conferenceRescheduled(conference, startBefore, endBefore, zoneBefore);
        }
        return conference;
    }

    private static void validate(ConferenceRequest r) {
        ZoneId zone = zoneOf(r.timeZone());
        new FieldErrors()
                .check(zone != null, "timeZone", "is not an IANA time zone such as Asia/Tashkent")
                .check(!r.endDate().isBefore(r.startDate()), "endDate", "must not be before startDate")
                // Arriving "by" a moment after the last day is over would admit nobody in time and flag no one late.
                .check(zone == null || r.arrivalDeadline().toInstant().isBefore(new ConferenceDays(r.startDate(), r.endDate(), zone).over()),
                        "arrivalDeadline", "must be before the end of the conference's last day, endDate")
                .check(r.registrationClosesAt().isAfter(r.registrationOpensAt()), "registrationClosesAt",
                        "must be after registrationOpensAt")
                .checkDistinct(r.languages(), "languages", "must not repeat")
                .throwIfAny();
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void apply(ConferenceRequest r, Conference c) {
        c.name = r.name();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.timeZone = r.timeZone();
        c.venue = r.venue();
        c.languages = r.languages();
        c.capacity = r.capacity();
        c.arrivalDeadline = r.arrivalDeadline().toInstant();
        c.lateArrivalPolicy = r.lateArrivalPolicy();
        c.registrationOpensAt = r.registrationOpensAt().toInstant();
        c.registrationClosesAt = r.registrationClosesAt().toInstant();
        c.contacts = r.contacts();
        c.updatedAt = StoredTime.now();
    }

    public Conference get(String id) {
        return conferences.require(id);
    }

    public Page<Conference> page(PageRequest request) {
        return conferences.page(request);
    }

    /**
     * The conference's time zone, in which its participants' times are shown. Asked for by every
     * participant response after its use case has committed: one read, which needs no transaction
     * of its own (two round trips and a transaction less per response).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ZoneId zone(String id) {
        return conferences.require(id).zone();
    }
}
