package org.scorats.conference.registration.domain;

import java.util.Arrays;

/**
 * A conference's free seats, spread over {@link #COUNT} stripes so that registrations can each
 * take one from a different row and never wait for one another's commit.
 *
 * <p>The stripes together always hold the capacity less the seats taken. Seats given back go to
 * stripe 0, the only one that may fall below zero: when the capacity is lowered under the seats
 * already held, the others are emptied and stripe 0 carries the difference as a debt, which the
 * next seats given back (or a higher capacity) pay off before any seat is free again.
 */
public final class SeatStripes {

    /** Stripes per conference; the schema's check ({@code V8__conference_seat_stripes.sql}) holds the same number. */
    public static final int COUNT = 8;

    private SeatStripes() {
    }

    /** The stripes of a new conference: its capacity spread evenly. */
    public static int[] opened(int capacity) {
        return afterCapacityChange(new int[COUNT], capacity);
    }

    /**
     * The stripes after the capacity moved by {@code delta}: a rise first pays off stripe 0's debt,
     * then is spread evenly; a fall is taken from the fullest stripes, and what they cannot give
     * becomes stripe 0's debt.
     */
    public static int[] afterCapacityChange(int[] free, int delta) {
        if (free.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " stripes, got " + free.length);
        }
        int[] after = free.clone();
        if (delta >= 0) {
            int repaid = Math.min(delta, Math.max(0, -after[0]));
            after[0] += repaid;
            int spread = delta - repaid;
            for (int s = 0; s < COUNT; s++) {
                after[s] += spread / COUNT + (s < spread % COUNT ? 1 : 0);
            }
            return after;
        }
        int owed = -delta;
        while (owed > 0) {
            int fullest = fullest(after);
            if (after[fullest] <= 0) {
                break;
            }
            after[fullest]--;
            owed--;
        }
        after[0] -= owed;
        return after;
    }

    /** Free seats in all stripes together: the capacity less the seats taken (negative when over). */
    public static int free(int[] stripes) {
        return Arrays.stream(stripes).sum();
    }

    private static int fullest(int[] free) {
        int fullest = 0;
        for (int s = 1; s < COUNT; s++) {
            if (free[s] > free[fullest]) {
                fullest = s;
            }
        }
        return fullest;
    }
}
