package org.scorats.conference.benchmarks;

/** One figure of docs/performance.md: measures itself and its baseline in the same run. */
interface Figure {

    FigureResult measure(Bench bench) throws Exception;
}
