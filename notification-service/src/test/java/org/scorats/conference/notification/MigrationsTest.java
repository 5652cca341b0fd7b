package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.scorats.conference.conventions.MigrationContract;

@QuarkusTest
class MigrationsTest extends MigrationContract {
}
