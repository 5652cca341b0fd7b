package org.scorats.conference.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.notification.domain.Announcement;
import org.scorats.conference.notification.service.AnnouncementDelivery;
import org.scorats.conference.notification.service.AnnouncementRequest.AnnouncementAudience;
import org.scorats.conference.notification.service.Announcements;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * @param recipients           the people in the audience when it was sent
 * @param recipientsByLanguage of them, how many read each language
 * @param fallbacks            a language of readers it was not given in, and the one they read instead
 * @param sentBy               the organizer's account
 */
@Schema(name = "Announcement", example = """
        {"id": "8d2b6f0e-3c1a-4a57-9a0b-5f7e1c2d3b4a", "conferenceId": "sco-rats-2024",
         "subject": {"en": "Buses to the venue on 4 September", "ru": "Автобусы к месту проведения 4 сентября"},
         "text": {"en": "Buses leave the Hyatt Regency at 08:15 and 08:45.",
                  "ru": "Автобусы отправляются от Hyatt Regency в 08:15 и 08:45."},
         "audience": {"statuses": ["approved"], "organizations": [], "roles": [], "attendance": "in-person"},
         "recipients": 142, "recipientsByLanguage": {"en": 61, "ru": 58, "zh": 23}, "fallbacks": {"zh": "en"},
         "delivery": {"pending": 0, "sent": 141, "failed": 0, "dead": 1, "read": 37},
         "sentBy": "f3b0c442-98fc-4c1d-a7a5-2f2c3e4d5b6a", "sentAt": "2024-09-03T16:05:00Z"}""")
public record AnnouncementView(UUID id, String conferenceId, LocalizedText subject, LocalizedText text,
                               AnnouncementAudience audience, int recipients, Map<String, Integer> recipientsByLanguage,
                               Map<String, String> fallbacks, AnnouncementDelivery delivery, String sentBy, Instant sentAt) {

    static AnnouncementView of(Announcements.Sent sent) {
        Announcement a = sent.announcement();
        return new AnnouncementView(a.id, a.conferenceId, LocalizedText.of(a.subject), LocalizedText.of(a.text),
                audience(a.audience), a.recipients, a.recipientsByLanguage,
                Announcement.fallbacks(a.text, a.recipientsByLanguage.keySet()), sent.delivery(), a.sentBy, a.createdAt);
    }

    static AnnouncementAudience audience(Announcement.Audience a) {
        return new AnnouncementAudience(a.statuses(), a.organizations(), a.roles(), a.attendance());
    }
}
