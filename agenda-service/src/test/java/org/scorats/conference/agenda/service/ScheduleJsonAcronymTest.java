package org.scorats.conference.agenda.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Conference ids become acronyms the c3voc schema accepts, whatever their length. */
class ScheduleJsonAcronymTest {

    /** The schema's rule for {@code conference.acronym}. */
    private static final String C3VOC_ACRONYM = "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$";

    @Test
    void hyphensBecomeUnderscoresAndShortIdsArePadded() {
        assertThat(ScheduleJson.acronym("sco-rats-2024")).isEqualTo("sco_rats_2024").matches(C3VOC_ACRONYM);
        assertThat(ScheduleJson.acronym("e2e-1a2b3c4d")).isEqualTo("e2e_1a2b3c4d").matches(C3VOC_ACRONYM);
        assertThat(ScheduleJson.acronym("abc")).isEqualTo("abc_").matches(C3VOC_ACRONYM);
    }
}
