package org.scorats.conference.events.registration;

import java.util.UUID;

/**
 * What consumers may know of a participant: enough to address, greet and list them, nothing
 * sensitive (no passport data, no date of birth, no phone).
 *
 * @param externalId     the partner organization's own id, when a partner created the participant
 * @param accountSubject the Keycloak subject of the delegate who registered themself, else null:
 *                       how other services know "my" talks, agenda and notifications
 * @param givenName      in the participant's native script
 * @param givenNameLatin Latin transliteration, as in the passport
 * @param language       preferred language: en, zh or ru
 * @param role           delegate, speaker, high-level-guest, observer or staff
 * @param attendance     in-person or remote
 * @param status         submitted, approved, rejected, waitlisted, withdrawn or checked-in
 * @param version        grows with every change; a consumer ignores a snapshot older than what it has
 */
public record ParticipantSnapshot(
        UUID id,
        String conferenceId,
        UUID delegationId,
        String organizationCode,
        String externalId,
        String accountSubject,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        String email,
        String language,
        String role,
        String attendance,
        String status,
        boolean listedPublicly,
        long version) {
}
