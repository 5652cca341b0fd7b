package org.scorats.conference.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.service.AnnouncementRequest.AnnouncementAudience;
import org.scorats.conference.notification.service.Announcements;

import java.util.Map;

/**
 * @param recipients           the people in the audience now; 0 is a send's 422
 * @param recipientsByLanguage of them, how many read each language
 * @param fallbacks            a language of readers it is not given in, and the one they would read instead
 */
@Schema(name = "AnnouncementPreview", example = """
        {"audience": {"statuses": ["approved"], "organizations": [], "roles": [], "attendance": "in-person"},
         "recipients": 142, "recipientsByLanguage": {"en": 61, "ru": 58, "zh": 23}, "fallbacks": {"zh": "en"}}""")
public record AnnouncementPreviewView(AnnouncementAudience audience, int recipients, Map<String, Integer> recipientsByLanguage,
                                      Map<String, String> fallbacks) {

    static AnnouncementPreviewView of(Announcements.Preview p) {
        return new AnnouncementPreviewView(AnnouncementView.audience(p.audience()), p.recipients(), p.recipientsByLanguage(),
                p.fallbacks());
    }
}
