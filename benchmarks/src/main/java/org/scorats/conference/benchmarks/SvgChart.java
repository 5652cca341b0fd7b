package org.scorats.conference.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain SVG line chart (x: seconds into the run, y: a value), for figures Gatling does not chart. */
final class SvgChart {

    record Point(double x, double y) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"};
    private static final int WIDTH = 800;
    private static final int HEIGHT = 360;
    private static final int MARGIN = 60;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Map<String, List<Point>> series = new LinkedHashMap<>();

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart series(String name, List<Point> points) {
        series.put(name, points);
        return this;
    }

    /**
     * Writes the chart and, beside the report's raw results, the points it is drawn from
     * ({@code raw/<name>.csv}: series, x, y), so the chart can be drawn again from data in git.
     */
    void write(Path file) {
        writeData(file.resolveSibling("raw").resolve(file.getFileName().toString().replaceFirst("\\.svg$", ".csv")));
        draw(file);
    }

    private void writeData(Path csv) {
        StringBuilder rows = new StringBuilder("series,x,y\n");
        series.forEach((name, points) -> points.forEach(p ->
                rows.append(format("%s,%s,%s%n", name.replace(",", " "), p.x(), p.y()))));
        try {
            Files.createDirectories(csv.getParent());
            Files.writeString(csv, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Path file) {
        double maxX = max(Point::x);
        double maxY = max(Point::y);
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", MARGIN, escape(title)));
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", MARGIN, HEIGHT - MARGIN, WIDTH - 20, HEIGHT - MARGIN));
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", MARGIN, 30, MARGIN, HEIGHT - MARGIN));
        for (int tick = 0; tick <= 4; tick++) {
            double value = maxY * tick / 4;
            double y = y(value, maxY);
            svg.append(format("<text x=\"5\" y=\"%.0f\">%s</text>%n", y + 4, number(value)));
            svg.append(format("<line x1=\"%d\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\" stroke=\"#ddd\"/>%n", MARGIN, y, WIDTH - 20, y));
            double xValue = maxX * tick / 4;
            svg.append(format("<text x=\"%.0f\" y=\"%d\">%s</text>%n", x(xValue, maxX) - 8, HEIGHT - MARGIN + 16, number(xValue)));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH / 2 - 60, HEIGHT - 15, escape(xLabel)));
        svg.append(format("<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\">%s</text>%n", HEIGHT / 2 + 40, HEIGHT / 2 + 40, escape(yLabel)));
        int index = 0;
        for (Map.Entry<String, List<Point>> line : series.entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            StringBuilder points = new StringBuilder();
            line.getValue().forEach(p -> points.append(format("%.1f,%.1f ", x(p.x(), maxX), y(p.y(), maxY))));
            svg.append(format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n", colour, points.toString().trim()));
            svg.append(format("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", WIDTH - 260, 40 + 16 * index, colour, escape(line.getKey())));
            index++;
        }
        svg.append("</svg>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double max(java.util.function.ToDoubleFunction<Point> axis) {
        double max = series.values().stream().flatMap(List::stream).mapToDouble(axis).max().orElse(1);
        return max <= 0 ? 1 : max;
    }

    private static double x(double value, double max) {
        return MARGIN + value / max * (WIDTH - MARGIN - 20);
    }

    private static double y(double value, double max) {
        return HEIGHT - MARGIN - value / max * (HEIGHT - MARGIN - 30);
    }

    private static String number(double value) {
        return value >= 100 ? format("%.0f", value) : format("%.1f", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
