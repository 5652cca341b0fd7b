package org.scorats.conference.agenda;

import org.scorats.conference.conventions.LayerContract;

/** This service's layers point one way (see ARCHITECTURE.md); a plain test, no Quarkus start. */
class ArchitectureTest extends LayerContract {
}
