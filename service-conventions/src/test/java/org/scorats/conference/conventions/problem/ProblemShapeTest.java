package org.scorats.conference.conventions.problem;

import org.scorats.conference.problem.Problem;
import org.scorats.conference.problem.FieldError;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemShapeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemIsRfc9457WithOurCodeAndExtensionsAtTheTopLevel() throws Exception {
        Problem problem = Problem.of(409, "speaker-double-booked", "Conflict", "Two talks at once", "/api/v1/talks",
                List.of(), Map.of("clashes", List.of("talk-1", "talk-2")));

        var tree = json.readTree(json.writeValueAsString(problem));

        assertThat(tree.get("type").asText()).isEqualTo("urn:conference:problem:speaker-double-booked");
        assertThat(tree.get("status").asInt()).isEqualTo(409);
        assertThat(tree.get("code").asText()).isEqualTo("speaker-double-booked");
        assertThat(tree.get("clashes")).hasSize(2);
        assertThat(tree.has("errors")).as("empty members are left out").isFalse();
        assertThat(tree.has("extensions")).isFalse();
    }

    record Item(String email) {
    }

    record Batch(List<Item> participants) {
    }

    @Test
    void jsonMappingErrorsNameTheFieldAsTheClientWroteIt() {
        var error = catchThrowableOfType(JsonMappingException.class, () ->
                json.readValue("{\"participants\": [{\"email\": \"a\"}, {\"email\": {}}]}", Batch.class));
        assertThat(JsonRefusals.jsonPath(error.getPath())).isEqualTo("participants[1].email");
    }

    @Test
    void checksThatFailAreAllReportedTogether() {
        var errors = new FieldErrors().check(false, "endDate", "before start").check(true, "x", "fine")
                .check(false, "timeZone", "unknown");
        var thrown = catchThrowableOfType(ProblemException.class, errors::throwIfAny);
        assertThat(thrown.status()).isEqualTo(400);
        assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("endDate", "timeZone");
    }
}
