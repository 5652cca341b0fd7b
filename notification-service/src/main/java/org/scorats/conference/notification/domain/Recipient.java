package org.scorats.conference.notification.domain;

import jakarta.persistence.Entity;
import org.scorats.conference.conventions.projection.ParticipantProjection;

/** Someone messages may go to, in their language: kept from registration events only. */
@Entity
public class Recipient extends ParticipantProjection {
}
