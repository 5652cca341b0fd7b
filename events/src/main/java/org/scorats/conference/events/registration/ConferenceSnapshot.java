package org.scorats.conference.events.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A conference as consumers need it: to schedule the program, and to tell approved participants
 * where to be, by when, and whom to call.
 *
 * @param name            by language: en, zh, ru
 * @param venue           by language
 * @param timeZone        IANA zone id, e.g. Asia/Tashkent
 * @param arrivalDeadline in-person participants arrive by then
 * @param contacts        the organizer's office and the local emergency numbers
 */
public record ConferenceSnapshot(
        String id,
        Map<String, String> name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        Map<String, String> venue,
        List<String> languages,
        int capacity,
        OffsetDateTime arrivalDeadline,
        Contacts contacts,
        long version) {

    public record Contacts(String phone, String email, List<EmergencyNumber> emergencyNumbers) {
    }

    /** @param service fire, police, ambulance or emergency */
    public record EmergencyNumber(String service, String number) {
    }
}
