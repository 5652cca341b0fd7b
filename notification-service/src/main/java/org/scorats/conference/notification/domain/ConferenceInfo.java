package org.scorats.conference.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.projection.ConferenceProjection;

/** A conference's venue, arrival deadline and contacts, as registration-service announces them. */
@Entity
@Table(name = "conference_info")
public class ConferenceInfo extends ConferenceProjection {
}
