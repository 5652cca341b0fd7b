package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.scorats.conference.conventions.InputFuzzContract;

import java.util.Map;

@QuarkusTest
class InputFuzzTest extends InputFuzzContract {

    private static Map<String, String> known;

    @Inject
    AgendaFixtures fixtures;

    @Override
    protected Map<String, String> pathValues() {
        if (known == null) {
            known = Map.of("conferenceId", fixtures.conference());
        }
        return known;
    }
}
