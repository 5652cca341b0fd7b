package org.scorats.conference.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationCodeTest {

    @Test
    void codesAreReadableAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = InvitationCode.generate();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void aCodeMatchesAsTypedInAnyCaseWithOrWithoutDashes() {
        String code = InvitationCode.generate();
        byte[] stored = InvitationCode.digest(code);
        assertThat(InvitationCode.matches(stored, code)).isTrue();
        assertThat(InvitationCode.matches(stored, code.toLowerCase().replace("-", " "))).isTrue();
        assertThat(InvitationCode.matches(stored, code.replace("-", ""))).isTrue();
        assertThat(InvitationCode.matches(stored, InvitationCode.generate())).isFalse();
        assertThat(InvitationCode.matches(stored, "")).isFalse();
        assertThat(InvitationCode.matches(stored, null)).isFalse();
        assertThat(InvitationCode.matches(null, code)).as("a delegation without a code admits nobody").isFalse();
    }
}
