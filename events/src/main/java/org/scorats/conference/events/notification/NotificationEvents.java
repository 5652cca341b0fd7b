package org.scorats.conference.events.notification;

import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;

import java.util.List;

/** Events published by notification-service on {@link Topics#NOTIFICATION}. */
public final class NotificationEvents {

    public static final EventType<AnnouncementSent> ANNOUNCEMENT_SENT = new EventType<>(
            "org.scorats.conference.notification.announcement.sent", Topics.NOTIFICATION, AnnouncementSent.class,
            "The organizers sent an announcement to people of an organization. Key: announcement id.");

    public static final List<EventType<?>> ALL = List.of(ANNOUNCEMENT_SENT);

    private NotificationEvents() {
    }
}
