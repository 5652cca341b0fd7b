package org.scorats.conference.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.scorats.conference.conventions.TestTokenVerification;

/** Every gateway test runs against the same echo backends, with test tokens verified. */
@WithTestResource(value = EchoBackends.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestTokenVerification.class, scope = TestResourceScope.GLOBAL)
public final class TestBackends {

    private TestBackends() {
    }
}
