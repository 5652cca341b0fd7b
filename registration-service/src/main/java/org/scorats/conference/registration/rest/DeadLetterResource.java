package org.scorats.conference.registration.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.deadletter.DeadLetterEndpoints;
import org.scorats.conference.conventions.deadletter.DeadLetters;

/** This service's dead letters, at its own path so the gateway knows where they are. */
@Path("/api/v1/dead-letters/registration")
@Tag(name = "Dead letters", description = "Events a service could never apply, with the reason; replayable")
public class DeadLetterResource extends DeadLetterEndpoints {

    DeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
