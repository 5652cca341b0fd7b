package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.scorats.conference.events.Topics;
import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.StackConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;

/** 4. 10,000 participants pushed by a partner in batches of 1,000, read back, pushed again unchanged. */
final class PartnerSync implements Figure {

    private static final int BATCHES = 10;
    private static final int BATCH = 1000;

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        bench.awaitQuietMail(Duration.ofMinutes(5)); // what figure 3's steps left behind would share the cores
        String conference = bench.conference("bench-sync");
        String partner = bench.tokens().serviceAccount("cis-atc-sync");
        String base = "/api/v1/conferences/" + conference + "/organizations/CIS-ATC";
        List<Map<String, Object>> batches = IntStream.range(0, BATCHES).mapToObj(b -> Map.<String, Object>of("items",
                IntStream.range(0, BATCH).mapToObj(i -> Bench.syncItem(b * BATCH + i)).toList())).toList();
        int total = BATCHES * BATCH;

        long eventsBefore = registrationEvents(bench);
        CpuShares cpu = CpuShares.start(bench.stack());
        Profile profile = Profile.start(bench.stack().process(StackConfig.REGISTRATION).pid(),
                bench.scratch().resolve("partner-sync.jfr"));
        List<Double> firstMillis = push(bench, base, partner, batches, "created");
        String cpuPerItem = cpu.perItem(total);
        String profiled = profile.summarize(bench.raw("registration-service-push-profile.txt"), 30);
        long eventsAfterFirst = awaitEvents(bench, eventsBefore + total);

        long feedStarted = System.nanoTime();
        int read = 0;
        int pages = 0;
        String cursor = "";
        boolean more = true;
        while (more) {
            JsonNode page = bench.api().get(base + "/changes?limit=200" + cursor, partner).expect(200).body();
            read += page.path("items").size();
            pages++;
            cursor = "&cursor=" + URLEncoder.encode(page.path("nextCursor").asText(), StandardCharsets.UTF_8);
            more = page.path("more").asBoolean() || page.path("items").size() == 200;
        }
        double feedSeconds = (System.nanoTime() - feedStarted) / 1e9;

        // Like the first push, the repeat starts with the platform quiet: the mails of the first push's
        // 10,000 registrations would otherwise still share the cores with it.
        bench.awaitQuietMail(Duration.ofMinutes(5));
        List<Double> repeatMillis = push(bench, base, partner, batches, "unchanged");
        ChildProcess.sleep(Duration.ofSeconds(5));
        long eventsAfterRepeat = registrationEvents(bench);

        var postgres = bench.stack().postgres();
        postgres.createDatabase("bench");
        double jdbcRate = JdbcBatchInsert.measure(postgres.jdbcUrl("bench"), postgres.username(), postgres.password(),
                BATCHES, BATCH);
        double firstRate = total / (firstMillis.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        double repeatRate = total / (repeatMillis.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        List<SvgChart.Point> first = new ArrayList<>();
        List<SvgChart.Point> repeat = new ArrayList<>();
        for (int i = 0; i < BATCHES; i++) {
            first.add(new SvgChart.Point(i + 1, firstMillis.get(i)));
            repeat.add(new SvgChart.Point(i + 1, repeatMillis.get(i)));
        }
        new SvgChart("Partner sync: time per batch of 1,000", "batch", "ms").series("first push (created)", first)
                .series("repeated unchanged", repeat).write(bench.output().resolve("partner-sync.svg"));

        String method = """
                The CIS ATC's service account pushes %,d participants to `POST %s/participant-batches` in %d
                batches of %,d, one after another, through the gateway; then reads the whole change feed
                (`limit=200`); then, once the first push's mails are out, pushes the same batches again, unchanged
                (each push starts with the platform quiet). Baseline of the first push: the same
                rows (participant, first status, outbox event per item) inserted with plain JDBC batches of %,d,
                one transaction per batch, into tables of the same shape on the same PostgreSQL. Baseline of the
                repeat: the first push. Events are counted on the Kafka topic `%s`.""".formatted(total, base, BATCHES,
                BATCH, BATCH, Topics.REGISTRATION);
        String details = """
                Per batch, p50 / max: first push %.0f / %.0f ms, repeated %.0f / %.0f ms. Change feed: %d items in %d
                pages in %.1f s, **%.0f items per second**.

                Where the machine's CPU went during the first push, per item pushed (the launcher's JVM is the
                benchmark's own: Kafka, the SMTP server that receives every registration's mail, the client):

                %s
                Where registration-service's went (Java Flight Recorder, execution samples by layer; whole profile:
                [registration-service-push-profile.txt](performance/raw/registration-service-push-profile.txt)):

                ```
                %s```

                ![time per batch](performance/partner-sync.svg) · raw: [partner-sync.csv](performance/raw/partner-sync.csv)"""
                .formatted(Percentiles.of(firstMillis).p50(), Percentiles.of(firstMillis).max(),
                        Percentiles.of(repeatMillis).p50(), Percentiles.of(repeatMillis).max(), read, pages, feedSeconds,
                        read / feedSeconds, cpuPerItem, profiled);
        long repeatEvents = eventsAfterRepeat - eventsAfterFirst;
        return new FigureResult("4", "Partner sync", method, List.of(
                Measurement.of("4.first-push", "items per second, first push against plain JDBC batches", "items/s",
                        jdbcRate, firstRate, "≥ 0.3", firstRate >= 0.3 * jdbcRate),
                Measurement.of("4.sync-rate", "items per second, repeated unchanged against first push", "items/s",
                        firstRate, repeatRate, "≥ 3", repeatRate >= 3 * firstRate),
                Measurement.alone("4.first-push-events", "events from the first push", "events",
                        eventsAfterFirst - eventsBefore, "one per item", eventsAfterFirst - eventsBefore == total),
                Measurement.alone("4.repeat-events", "events from the unchanged repeat", "events", repeatEvents, "0",
                        repeatEvents == 0)), details);
    }

    private static List<Double> push(Bench bench, String base, String partner, List<Map<String, Object>> batches,
                                     String expected) {
        List<Double> millis = new ArrayList<>();
        for (Map<String, Object> batch : batches) {
            long started = System.nanoTime();
            JsonNode answer = bench.api().post(base + "/participant-batches", partner, batch).expect(200).body();
            millis.add((System.nanoTime() - started) / 1e6);
            if (answer.path(expected).asInt() != BATCH) {
                throw new IllegalStateException("Expected " + BATCH + " " + expected + ": " + answer.path(expected)
                        + " failed " + answer.path("failed"));
            }
        }
        return millis;
    }

    /** Messages on the registration topic, all partitions. */
    private static long registrationEvents(Bench bench) throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bench.stack().kafka().bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            int partitions = admin.describeTopics(List.of(Topics.REGISTRATION)).allTopicNames().get()
                    .get(Topics.REGISTRATION).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(Topics.REGISTRATION, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private static long awaitEvents(Bench bench, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long events = registrationEvents(bench);
        while (events < expected && System.nanoTime() < deadline) {
            ChildProcess.sleep(Duration.ofSeconds(1));
            events = registrationEvents(bench);
        }
        return events;
    }
}
