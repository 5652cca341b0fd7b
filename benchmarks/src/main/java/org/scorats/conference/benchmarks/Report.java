package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one writer of the benchmark's results: docs/performance.md for people (each figure's method,
 * its table of measurements, its details, then the analysis) and docs/performance/figures.json for
 * programs (every measurement with id, name, unit, baseline, measured, ratio, target, met).
 */
final class Report {

    private final String header;
    private final List<FigureResult> figures;
    private final String analysis;

    Report(String header, List<FigureResult> figures, String analysis) {
        this.header = header;
        this.figures = figures;
        this.analysis = analysis;
    }

    void write(Path markdown, Path json) throws IOException {
        Files.createDirectories(json.getParent());
        Files.writeString(markdown, markdown());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(),
                figures.stream().flatMap(f -> f.measurements().stream()).toList());
    }

    String markdown() {
        StringBuilder md = new StringBuilder(header.strip()).append("\n\n");
        md.append("| figure | baseline | measured | ratio | target |\n| --- | --- | --- | --- | --- |\n");
        figures.forEach(f -> f.measurements().forEach(m -> md.append(summaryRow(f, m))));
        for (FigureResult figure : figures) {
            md.append("\n## ").append(figure.number()).append(". ").append(figure.title()).append("\n\n")
                    .append(figure.method().strip()).append("\n\n")
                    .append("| | baseline | measured | ratio | target |\n| --- | --- | --- | --- | --- |\n");
            figure.measurements().forEach(m -> md.append(row(m)));
            if (!figure.details().isBlank()) {
                md.append("\n").append(figure.details().strip()).append("\n");
            }
        }
        return md.append("\n").append(analysis.strip()).append("\n").toString();
    }

    private static String summaryRow(FigureResult figure, Measurement m) {
        return "| %s %s | %s | %s | %s | %s |%n".formatted(figure.number(), m.name(), value(m.baseline(), m.unit()),
                value(m.measured(), m.unit()), ratio(m), target(m));
    }

    private static String row(Measurement m) {
        return "| %s | %s | %s | %s | %s |%n".formatted(m.name(), value(m.baseline(), m.unit()), value(m.measured(), m.unit()),
                ratio(m), target(m));
    }

    private static String value(Double value, String unit) {
        if (value == null) {
            return "";
        }
        return (Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value)) + " " + unit;
    }

    private static String ratio(Measurement m) {
        return m.ratio() == null ? "" : String.format(Locale.ROOT, "**%.2f**", m.ratio());
    }

    private static String target(Measurement m) {
        if (m.target() == null) {
            return "";
        }
        return m.target() + (m.met() ? " met" : " **missed**");
    }
}
