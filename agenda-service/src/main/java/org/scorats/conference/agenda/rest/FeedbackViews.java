package org.scorats.conference.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.agenda.domain.SessionFeedback;
import org.scorats.conference.agenda.service.SessionFeedbacks;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Feedback on sessions as its giver and the organizers see it. */
final class FeedbackViews {

    private FeedbackViews() {
    }

    /** A participant's own feedback on a session. */
    @Schema(name = "MySessionFeedback", example = """
            {"sessionId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "rating": 5,
             "comment": "The assessment of the situation in Afghanistan was very useful.",
             "givenAt": "2024-09-04T12:40:00Z", "updatedAt": "2024-09-04T12:40:00Z"}""")
    public record Mine(UUID sessionId, int rating, String comment, Instant givenAt, Instant updatedAt) {

        static Mine of(SessionFeedback f) {
            return new Mine(f.sessionId, f.rating, f.comment, f.createdAt, f.updatedAt);
        }
    }

    /** A comment as the organizers read it: what was said and rated, not by whom. */
    @Schema(name = "SessionFeedbackComment", example = """
            {"id": "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d", "rating": 4,
             "comment": "More time for questions, please.", "givenAt": "2024-09-04T12:41:00Z"}""")
    public record Comment(UUID id, int rating, String comment, Instant givenAt) {

        static Comment of(SessionFeedback f) {
            return new Comment(f.id, f.rating, f.comment, f.createdAt);
        }
    }

    /** @param ratings how many gave each rating, 1 to 5 */
    @Schema(name = "SessionFeedbackSummary", example = """
            {"sessionId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
             "title": {"en": "Session I: International cooperation in countering terrorism"},
             "startsAt": "2024-09-04T06:30:00Z", "count": 38, "average": 4.32,
             "ratings": {"1": 0, "2": 1, "3": 4, "4": 15, "5": 18}}""")
    public record Summary(UUID sessionId, LocalizedText title, Instant startsAt, int count,
                   @Schema(nullable = true, description = "The mean rating, to two decimals; null before any") Double average,
                   Map<Integer, Integer> ratings) {

        static Summary of(SessionFeedbacks.Summary s) {
            return new Summary(s.sessionId(), s.title(), s.startsAt(), s.count(), s.average(), s.ratings());
        }
    }
}
