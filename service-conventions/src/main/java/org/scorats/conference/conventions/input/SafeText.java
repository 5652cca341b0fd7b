package org.scorats.conference.conventions.input;

import org.scorats.conference.problem.UnsafeText;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string in a request body is checked as it is read: control characters other than tab and
 * line breaks, bidirectional controls and lone surrogates are refused (see {@link UnsafeText}), so
 * none reaches the database, a mail, a webhook or the CSV export; and a number or boolean where a
 * string belongs is refused rather than turned into text. The refusal names the field.
 */
@Singleton
public class SafeText implements ObjectMapperCustomizer {

    /** Raised for a string the API does not accept; its message is ours, safe to show the client. */
    public static final class Refused extends JsonMappingException {
        Refused(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("safe-text").addDeserializer(String.class, new Checked()));
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != null && token.isScalarValue() && token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
                throw new Refused(parser, "must be a string"); // 12 or true is not quietly taken as "12" or "true"
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : UnsafeText.problem(text, true);
            if (problem != null) {
                throw new Refused(parser, problem);
            }
            return text;
        }
    }
}
