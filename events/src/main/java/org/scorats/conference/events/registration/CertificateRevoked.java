package org.scorats.conference.events.registration;

import java.util.UUID;

/**
 * A certificate of attendance no longer stands: its holder is told, so that the paper is not shown
 * as proof, and their organization's partner learns the reference is void. Revoking is for good, so
 * a certificate has this event at most once and no version to order by.
 *
 * @param reference        as printed on the certificate; its public check answers {@code revoked}
 * @param organizationCode the holder's organization, whose partner may receive it as a webhook
 * @param reason           why, in English: an organizer's own words, or the platform's
 * @param reasonCode       set when the platform revoked it on its own, for readers to word in their
 *                         language: {@code deleted} (the registration was deleted); null for an
 *                         organizer's words
 */
public record CertificateRevoked(String reference, UUID participantId, String conferenceId, String organizationCode,
                                 String reason, String reasonCode) {
}
