package org.scorats.conference.registration.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SeatStripesTest {

    @Test
    void aNewConferenceSpreadsItsCapacityEvenly() {
        assertThat(SeatStripes.opened(200)).containsExactly(25, 25, 25, 25, 25, 25, 25, 25);
        assertThat(SeatStripes.opened(10)).containsExactly(2, 2, 1, 1, 1, 1, 1, 1);
        assertThat(SeatStripes.opened(0)).containsOnly(0);
    }

    @Test
    void aLowerCapacityEmptiesTheFullestStripesFirst() {
        assertThat(SeatStripes.afterCapacityChange(new int[]{0, 5, 1, 0, 0, 0, 0, 2}, -4))
                .containsExactly(0, 1, 1, 0, 0, 0, 0, 2);
    }

    @Test
    void aCapacityBelowTheSeatsHeldLeavesADebtOnStripeZeroThatARiseRepaysFirst() {
        int[] lowered = SeatStripes.afterCapacityChange(new int[]{1, 1, 0, 0, 0, 0, 0, 1}, -5);
        assertThat(lowered).containsExactly(-2, 0, 0, 0, 0, 0, 0, 0);

        assertThat(SeatStripes.afterCapacityChange(lowered, 1)).containsExactly(-1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(SeatStripes.afterCapacityChange(lowered, 12)).containsExactly(2, 2, 1, 1, 1, 1, 1, 1);
    }

    /**
     * Seats taken from random stripes, given back to stripe 0, the capacity moved up and down:
     * the stripes always hold exactly the free seats, and only stripe 0 goes below zero, only when
     * no seat is free.
     */
    @Test
    void theStripesAlwaysHoldTheCapacityLessTheSeatsTaken() {
        Random random = new Random(20261205);
        int capacity = 40;
        int taken = 0;
        int[] stripes = SeatStripes.opened(capacity);
        for (int move = 0; move < 10_000; move++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    int stripe = random.nextInt(SeatStripes.COUNT);
                    if (stripes[stripe] > 0) {
                        stripes[stripe]--;
                        taken++;
                    }
                }
                case 1 -> {
                    if (taken > 0) {
                        stripes[0]++;
                        taken--;
                    }
                }
                default -> {
                    int changed = Math.max(0, capacity + random.nextInt(41) - 20);
                    stripes = SeatStripes.afterCapacityChange(stripes, changed - capacity);
                    capacity = changed;
                }
            }

            assertThat(SeatStripes.free(stripes)).isEqualTo(capacity - taken);
            for (int s = 1; s < SeatStripes.COUNT; s++) {
                assertThat(stripes[s]).isNotNegative();
            }
            if (stripes[0] < 0) {
                assertThat(stripes).containsOnly(stripes[0], 0);
            }
        }
    }
}
