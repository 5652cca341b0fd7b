package org.scorats.conference.benchmarks;

/**
 * One measured figure next to its baseline from the same run: a row of the report's tables and
 * an object of {@code docs/performance/figures.json}, so runs can be compared by a program.
 *
 * @param id       stable across runs, e.g. {@code 3.webhook-p99}
 * @param unit     of {@code baseline} and {@code measured}
 * @param baseline what the same machine does without the platform in the way; null where there is none
 * @param ratio    measured / baseline; null without a baseline
 * @param target   what the figure should reach, as words (e.g. {@code ≥ 0.85}); null where none is set
 * @param met      whether it did; null without a target
 */
public record Measurement(String id, String name, String unit, Double baseline, double measured, Double ratio,
                          String target, Boolean met) {

    /** A figure with its baseline; the ratio is measured / baseline. */
    static Measurement of(String id, String name, String unit, double baseline, double measured, String target, Boolean met) {
        return new Measurement(id, name, unit, baseline, measured, baseline == 0 ? null : measured / baseline, target, met);
    }

    /** A figure with no baseline of its own (a count, say). */
    static Measurement alone(String id, String name, String unit, double measured, String target, Boolean met) {
        return new Measurement(id, name, unit, null, measured, null, target, met);
    }
}
