package org.scorats.conference.conventions.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.scorats.conference.conventions.input.SafeText;
import org.scorats.conference.problem.FieldError;

import java.util.List;

/**
 * What a client is told about JSON that does not fit the documented shape: the field and what is
 * wrong with it, never Jackson's own words, which name Java types.
 */
public final class JsonRefusals {

    private JsonRefusals() {
    }

    /** The field that could not be read and why; null when the JSON itself is broken and no field can be named. */
    public static FieldError fieldError(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        String message = e instanceof SafeText.Refused ? e.getOriginalMessage()
                : e instanceof UnrecognizedPropertyException ? "unknown field" : "has the wrong type or format";
        return new FieldError(jsonPath(mapping.getPath()), message);
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
