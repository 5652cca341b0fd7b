package org.scorats.conference.agenda.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's rating of a session, 1 (poor) to 5 (excellent), and what they want to say. */
@Schema(name = "SessionFeedbackRequest", example = """
        {"rating": 5, "comment": "The assessment of the situation in Afghanistan was very useful."}""")
public record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
}
