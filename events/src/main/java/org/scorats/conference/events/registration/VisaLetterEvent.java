package org.scorats.conference.events.registration;

import java.util.UUID;

/**
 * A visa invitation letter was issued, refused or revoked: the applicant is told, in their language,
 * where to download it, that it will not come, or that it no longer stands. No passport data travels.
 *
 * @param organizationCode the applicant's organization, whose partner may receive it as a webhook
 * @param language the letter's language (en, zh, ru)
 * @param reason   why it was refused or revoked (in English); null when issued
 * @param reasonCode set when the platform refused or revoked it on its own, for readers to word in
 *                   their language: withdrawn, rejected, waitlisted, deleted, remote (the registration
 *                   turned remote), conference-moved; null for an organizer's own words (added
 *                   later: older producers never send it)
 */
public record VisaLetterEvent(UUID letterId, UUID participantId, String conferenceId, String organizationCode,
                              String reference, String status, String language, String reason, String reasonCode,
                              long version) {
}
