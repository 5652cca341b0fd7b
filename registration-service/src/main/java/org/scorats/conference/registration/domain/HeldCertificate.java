package org.scorats.conference.registration.domain;

/** A certificate of attendance with its holder's organization, as organizers list them. */
public record HeldCertificate(IssuedDocument certificate, String organizationCode) {
}
