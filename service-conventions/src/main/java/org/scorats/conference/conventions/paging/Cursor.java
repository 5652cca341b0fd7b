package org.scorats.conference.conventions.paging;

import org.scorats.conference.conventions.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The position after the last item of a page: the sort key values of that item, opaque to clients.
 * Keyset positions stay correct when rows are inserted between two page reads, unlike offsets.
 */
public record Cursor(List<String> keys) {

    private static final char SEPARATOR = '\u001f'; // ASCII unit separator: never in a key value
    private static final String VERSION = "1";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        List<String> values = new ArrayList<>(keys.length);
        for (Object key : keys) {
            values.add(String.valueOf(key));
        }
        return new Cursor(values);
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The key at {@code index} as the type its list sorts by; see {@link SortKeys}. */
    public <T> T value(int index, Class<T> type) {
        String key = keys.get(index);
        Object value = type == UUID.class ? UUID.fromString(key)
                : type == Instant.class ? Instant.parse(key)
                : type == Long.class ? Long.valueOf(key)
                : key;
        return type.cast(value);
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this service handed out; anything else is the client's error, not ours. */
    public static Cursor decode(String encoded, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = joined.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != expectedKeys + 1 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new Cursor(List.of(parts).subList(1, parts.length));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "is not a cursor from this list; start again without one");
    }
}
