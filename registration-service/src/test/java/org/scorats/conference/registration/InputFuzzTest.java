package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.InputFuzzContract;

import java.util.Map;

@QuarkusTest
class InputFuzzTest extends InputFuzzContract {

    private static Map<String, String> known;

    @Override
    protected Map<String, String> pathValues() {
        if (known == null) {
            String conference = Fixtures.conference(5);
            String organization = Fixtures.organization("FUZZ", "international-organization");
            known = Map.of("conferenceId", conference, "organizationCode", organization, "code", organization,
                    "id", Fixtures.delegation(conference, organization, 3));
        }
        return known;
    }
}
