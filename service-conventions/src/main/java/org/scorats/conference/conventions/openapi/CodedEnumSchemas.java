package org.scorats.conference.conventions.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publishes enum values as the codes clients send and receive ({@code in-person}), not as the Java
 * constant names the scanner sees ({@code IN_PERSON}); every enum of the API is a
 * {@link org.scorats.conference.conventions.persistence.CodedEnum}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CodedEnumSchemas implements OASFilter {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String s && CONSTANT.matcher(s).matches())) {
            schema.setEnumeration(values.stream()
                    .map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList());
        }
        return schema;
    }
}
