package org.scorats.conference.registration.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeTest {

    @Test
    void aCodeIsTenUnambiguousCharactersPrintedInThreeGroupsAndTypedAnyWay() {
        Badge badge = new Badge();
        badge.code = Badge.newCode();
        assertThat(badge.code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(badge.printedCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
        assertThat(Badge.normalize(badge.printedCode().toLowerCase())).isEqualTo(badge.code);
        assertThat(Badge.normalize("k7q2 m9xd 3f")).isEqualTo("K7Q2M9XD3F");
        assertThat(Badge.normalize("O1IL-0000-00")).as("look-alikes read as digits").isEqualTo("0111000000");
    }

    @Test
    void namesAreWrittenAsTheirScriptWritesThem() {
        Participant zhang = new Participant();
        zhang.givenName = "伟";
        zhang.familyName = "张";
        zhang.givenNameLatin = "Wei";
        zhang.familyNameLatin = "Zhang";
        Participant ivan = new Participant();
        ivan.givenName = "Иван";
        ivan.familyName = "Петров";
        assertThat(BadgeDesign.nativeName(zhang)).isEqualTo("张伟");
        assertThat(BadgeDesign.latinName(zhang)).isEqualTo("Wei Zhang");
        assertThat(BadgeDesign.nativeName(ivan)).isEqualTo("Иван Петров");
        for (ParticipantRole role : ParticipantRole.values()) {
            assertThat(BadgeDesign.of(role)).as(role.code()).isNotNull();
        }
    }
}
