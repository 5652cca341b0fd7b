package org.scorats.conference.conventions.problem;

import org.scorats.conference.problem.FieldError;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldErrorsTest {

    @Test
    void aListNamingAnEntryTwiceIsRefusedWithEveryOtherFailureInOneAnswer() {
        FieldErrors errors = new FieldErrors()
                .checkDistinct(List.of("en", "zh", "en"), "languages", "must not repeat")
                .checkDistinct(List.of("ru", "zh"), "interpretation", "must not repeat")
                .check(false, "endsAt", "must be after startsAt");

        assertThat(errors.list()).containsExactly(new FieldError("languages", "must not repeat"),
                new FieldError("endsAt", "must be after startsAt"));
        assertThatThrownBy(errors::throwIfAny).isInstanceOf(ProblemException.class);
    }

    @Test
    void anAbsentListIsLeftToBeanValidation() {
        assertThat(new FieldErrors().checkDistinct(null, "speakerIds", "must not name a speaker twice")
                .checkDistinct(List.of(), "chairIds", "must not name a chair twice").isEmpty()).isTrue();
    }
}
