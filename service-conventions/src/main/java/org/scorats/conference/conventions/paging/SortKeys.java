package org.scorats.conference.conventions.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A list's sort order as its repository declares it: the type of each key, in order. It reads a
 * client's cursor back into positions of those types (a cursor that is not one of this list's is
 * a 400 naming {@code cursor}) and writes the cursor after the last row of a page.
 */
public record SortKeys(List<Class<?>> types) {

    private static final List<Class<?>> SUPPORTED = List.of(String.class, UUID.class, Instant.class, Long.class);

    public SortKeys {
        types = List.copyOf(types);
        if (!SUPPORTED.containsAll(types)) {
            throw new IllegalArgumentException("Sort keys must be of " + SUPPORTED + ": " + types);
        }
    }

    public static SortKeys of(Class<?>... types) {
        return new SortKeys(List.of(types));
    }

    /** The position to read after, or null from the start. */
    public Cursor after(PageRequest request) {
        if (request.cursor() == null) {
            return null;
        }
        Cursor cursor = Cursor.decode(request.cursor(), types.size());
        for (int i = 0; i < types.size(); i++) {
            try {
                cursor.value(i, types.get(i));
            } catch (RuntimeException notOfThisList) {
                throw Cursor.invalid();
            }
        }
        return cursor;
    }

    /** The page of rows read with {@link PageRequest#lookahead()}; {@code keysOf} gives a row's key values in order. */
    public <T> Page<T> page(List<T> rows, PageRequest request, Function<T, List<Object>> keysOf) {
        return Page.fromLookahead(rows, request, row -> cursor(keysOf.apply(row)));
    }

    /** The cursor after a position given by its key values, in this list's order. */
    public Cursor cursor(List<Object> keys) {
        return new Cursor(keys.stream().map(String::valueOf).toList());
    }
}
