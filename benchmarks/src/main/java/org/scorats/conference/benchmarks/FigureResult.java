package org.scorats.conference.benchmarks;

import java.util.List;

/**
 * What one figure of the report measured.
 *
 * @param method       how it was measured, in Markdown: the load, the baseline, the run's settings
 * @param measurements each figure against its baseline
 * @param details      further Markdown under the table: breakdowns, charts, links to raw results
 */
record FigureResult(String number, String title, String method, List<Measurement> measurements, String details) {
}
