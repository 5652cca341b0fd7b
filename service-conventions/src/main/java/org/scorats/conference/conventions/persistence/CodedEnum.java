package org.scorats.conference.conventions.persistence;

import com.fasterxml.jackson.annotation.JsonValue;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum whose values travel as lower-case, hyphenated codes ({@code IN_PERSON} is
 * {@code in-person}) in JSON, in the database and in events alike.
 */
public interface CodedEnum {

    @JsonValue
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + codes(type));
    }

    /** A query parameter's value; a wrong one is the client's error, named by parameter. */
    static <E extends Enum<E> & CodedEnum> E fromParameter(Class<E> type, String parameter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return fromCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be one of " + codes(type));
        }
    }

    static <E extends Enum<E> & CodedEnum> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList();
    }
}
