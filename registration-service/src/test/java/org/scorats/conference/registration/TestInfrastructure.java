package org.scorats.conference.registration;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.scorats.conference.conventions.TestTokenVerification;
import org.scorats.conference.devinfra.testing.KafkaTestResource;
import org.scorats.conference.devinfra.testing.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka for every test of this module, started once and in parallel; test tokens verified.
 *
 * <p>Nothing refers to this class, and nothing needs to: Quarkus reads {@code @WithTestResource}
 * with {@code scope = GLOBAL} from any class of the test sources and applies it to every
 * {@code @QuarkusTest} of the module. Deleting this class leaves every test without a database.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true,
        initArgs = @ResourceArg(name = "database", value = "registration"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = TestTokenVerification.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
