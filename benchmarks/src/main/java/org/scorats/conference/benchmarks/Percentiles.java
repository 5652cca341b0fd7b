package org.scorats.conference.benchmarks;

import java.util.Collection;

/** p50/p95/p99 and the maximum of latencies measured outside Gatling, in milliseconds (nearest rank). */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return "p50 %.2f, p95 %.2f, p99 %.2f, max %.0f ms (n=%d)".formatted(p50, p95, p99, max, count);
    }
}
