package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one writer: the same measurements become the report's tables and figures.json. */
class ReportTest {

    private final FigureResult gateway = new FigureResult("1", "Gateway cost", "Reads straight and through the gateway.",
            List.of(Measurement.of("1.throughput", "program reads, 16 clients", "req/s", 800, 440, "≥ 0.85", false),
                    Measurement.of("1.median-latency", "median latency", "ms", 3.2, 4.0, "< 1 ms added", true)),
            "Profile below.");
    private final FigureResult sync = new FigureResult("4", "Partner sync", "Batches of 1,000.",
            List.of(Measurement.alone("4.repeat-events", "events from the unchanged repeat", "events", 0, "0", true)), "");

    @Test
    void everyMeasurementIsAnObjectOfFiguresJsonWithItsRatio(@TempDir Path folder) throws Exception {
        Path markdown = folder.resolve("performance.md");
        Path json = folder.resolve("performance/figures.json");
        new Report("# Performance", List.of(gateway, sync), "## Where the time goes").write(markdown, json);

        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertThat(figures).hasSize(3);
        JsonNode throughput = figures.get(0);
        assertThat(throughput.fieldNames()).toIterable().containsExactly("id", "name", "unit", "baseline", "measured", "ratio",
                "target", "met");
        assertThat(throughput.path("id").asText()).isEqualTo("1.throughput");
        assertThat(throughput.path("ratio").asDouble()).isEqualTo(0.55);
        assertThat(throughput.path("met").asBoolean()).isFalse();
        assertThat(figures.get(2).path("baseline").isNull()).isTrue();
        assertThat(figures.get(2).path("ratio").isNull()).isTrue();
        assertThat(Files.readString(markdown)).startsWith("# Performance");
    }

    @Test
    void theReportSummarisesEveryFigureThenGivesEachItsSection() {
        String markdown = new Report("# Performance", List.of(gateway, sync), "## Where the time goes").markdown();
        assertThat(markdown)
                .contains("| 1 program reads, 16 clients | 800 req/s | 440 req/s | **0.55** | ≥ 0.85 **missed** |")
                .contains("| median latency | 3.20 ms | 4 ms | **1.25** | < 1 ms added met |")
                .contains("## 1. Gateway cost\n\nReads straight and through the gateway.")
                .contains("| events from the unchanged repeat |  | 0 events |  | 0 met |")
                .endsWith("## Where the time goes\n");
        assertThat(markdown.indexOf("## 1. Gateway cost")).isLessThan(markdown.indexOf("## 4. Partner sync"));
    }
}
