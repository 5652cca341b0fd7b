package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.scorats.conference.conventions.InputFuzzContract;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.security.Role;

import java.util.Map;
import java.util.Set;

@QuarkusTest
class InputFuzzTest extends InputFuzzContract {

    private static Map<String, String> known;

    @Inject
    AgendaFixtures fixtures;

    /** An admin who is also a delegate: feedback on a session is a delegate's own, and is checked after the role. */
    @Override
    protected String token() {
        return TestTokens.token("fuzz-admin-delegate", Set.of(Role.ADMIN, Role.DELEGATE), Map.of());
    }

    @Override
    protected Map<String, String> pathValues() {
        if (known == null) {
            known = Map.of("conferenceId", fixtures.conference());
        }
        return known;
    }
}
