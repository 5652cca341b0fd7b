package org.scorats.conference.agenda.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.scorats.conference.events.agenda.ProgramChange;

/**
 * The changes endpoint answers with the event's own {@link ProgramChange}, which the events module
 * keeps free of Jackson annotations. An addition has no slot before and a cancellation none after:
 * in the answer they are absent, as the contract says, not null. The service has one mapper, so
 * the outbox writes the {@code program.published} event the same way; its consumers read an
 * absent slot as null (the shared tolerant reader), so one rule serves both.
 */
@Singleton
class ProgramChangeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(ProgramChange.class, WithoutNulls.class);
        mapper.addMixIn(ProgramChange.Slot.class, WithoutNulls.class);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface WithoutNulls {
    }
}
