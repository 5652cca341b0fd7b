package org.scorats.conference.conventions.input;

import org.scorats.conference.conventions.problem.ProblemException;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed path, query and header parameters so that a value that does not parse is a 400 naming
 * the parameter. JAX-RS would answer a malformed query or path parameter with 404 ("no resource at
 * this path"), which sends a client looking for the wrong mistake.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    private record Kind(String expected, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, Kind> KINDS = Map.of(
            UUID.class, new Kind("must be a UUID", UUID::fromString),
            Integer.class, new Kind("must be a whole number within 32 bits", Integer::valueOf),
            int.class, new Kind("must be a whole number within 32 bits", Integer::valueOf),
            Long.class, new Kind("must be a whole number within 64 bits", Long::valueOf),
            long.class, new Kind("must be a whole number within 64 bits", Long::valueOf),
            Instant.class, new Kind("must be an ISO 8601 instant such as 2024-05-14T09:00:00Z", Instant::parse),
            LocalDate.class, new Kind("must be a date such as 2024-05-14", LocalDate::parse));

    /** An optional text filter such as {@code ?organization=}: absent when not given or left empty. */
    public static String filter(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Kind kind = KINDS.get(rawType);
        String name = nameOf(annotations);
        if (kind == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) kind.parse().apply(value.trim());
                } catch (RuntimeException malformed) {
                    throw ProblemException.invalidField(name, kind.expected());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
