package org.scorats.conference.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestScreenTest {

    private static final List<Map.Entry<String, String>> NO_HEADERS = List.of();

    @Test
    void ordinaryRequestsPass() {
        assertThat(RequestScreen.refusal("/api/v1/conferences/sco-rats-2024/participants?q=%D0%91%D0%B5%D0%BB%D0%BE%D0%B2%D0%B0&limit=20",
                List.of(Map.entry("Accept-Language", "ru,en;q=0.5"), Map.entry("User-Agent", "a\tb")))).isNull();
        assertThat(RequestScreen.refusal("/api/v1/conferences?", NO_HEADERS)).isNull();
    }

    @Test
    void controlCharactersAreNamedWhereTheyAre() {
        assertThat(RequestScreen.refusal("/api/v1/conferences/%00/program", NO_HEADERS).errors())
                .containsExactly(new FieldError("path", "contains the control character U+0000"));
        assertThat(RequestScreen.refusal("/x?organization=%7F", NO_HEADERS).errors().get(0).field()).isEqualTo("organization");
        assertThat(RequestScreen.refusal("/x?a%00b=1", NO_HEADERS).errors().get(0).field()).isEqualTo("query");
        assertThat(RequestScreen.refusal("/x", List.of(Map.entry("X-Note", "a\u0085"))).errors().get(0).field())
                .isEqualTo("header X-Note");
    }

    @Test
    void bidiControlsAndBrokenEncodingsAreRefused() {
        assertThat(RequestScreen.refusal("/x?q=%E2%80%AE", NO_HEADERS).detail()).contains("bidirectional");
        assertThat(RequestScreen.refusal("/x?q=%F0%9F%98", NO_HEADERS).detail()).contains("UTF-8");
        assertThat(RequestScreen.refusal("/x?q=%Z1", NO_HEADERS).detail()).contains("UTF-8");
        assertThat(RequestScreen.refusal("/x?q=%4", NO_HEADERS).status()).isEqualTo(400);
    }

    @Test
    void sizesBeyondTheLimitsHaveTheirOwnStatus() {
        assertThat(RequestScreen.refusal("/x?q=" + "a".repeat(RequestScreen.MAX_URI_LENGTH), NO_HEADERS).status()).isEqualTo(414);
        assertThat(RequestScreen.refusal("/x", List.of(Map.entry("X-Big", "b".repeat(RequestScreen.MAX_HEADER_BYTES)))).status())
                .isEqualTo(431);
    }

    @Test
    void unsafeTextAllowsLineBreaksOnlyWhereAsked() {
        assertThat(UnsafeText.problem("Line one\nline two\ttab", true)).isNull();
        assertThat(UnsafeText.problem("Line one\nline two", false)).contains("U+000A");
        assertThat(UnsafeText.problem("名字 Наталья \uD83D\uDE00", false)).isNull();
        assertThat(UnsafeText.problem("lone \uDC00", true)).contains("lone surrogate");
        assertThat(UnsafeText.problem("\u2066isolate", true)).contains("bidirectional");
    }
}
