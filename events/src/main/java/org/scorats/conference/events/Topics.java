package org.scorats.conference.events;

/**
 * Topics are named by domain and contract version. Records are keyed by aggregate id, so all
 * events of one participant (or session, or delivery) land on one partition, in order.
 */
public final class Topics {

    public static final String REGISTRATION = "conference.registration.v1";
    public static final String AGENDA = "conference.agenda.v1";
    public static final String NOTIFICATION = "conference.notification.v1";

    private Topics() {
    }
}
