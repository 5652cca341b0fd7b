package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.scorats.conference.events.Topics;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.DemoData;
import org.scorats.conference.localstack.KeycloakTokens;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The six figures of docs/performance.md, each measured together with its baseline in the same
 * run. Each returns its section of the report; charts and raw results go beside it.
 */
final class Figures {

    private static final String PROGRAM = "/api/v1/conferences/sco-rats-2024/program";
    private static final List<String> ORGANIZATIONS = List.of("UZ", "CN", "RU", "KZ", "IN", "MN", "TR", "CIS-ATC", "CSTO", "UWED");
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final int WRITE_CLIENTS = 8;
    private static final int APPROVALS_PER_SECOND = 50;
    private static final Duration APPROVAL_RUN = Duration.ofSeconds(60);

    private final LocalStack stack;
    private final StackConfig config;
    private final Path output;
    private final ApiClient api;
    private final KeycloakTokens tokens;

    Figures(LocalStack stack, Path output) {
        this.stack = stack;
        this.config = stack.config();
        this.output = output;
        this.api = new ApiClient(config.url(StackConfig.GATEWAY));
        this.tokens = new KeycloakTokens(config.url(StackConfig.KEYCLOAK));
    }

    /** 1. The same public read straight to agenda-service and through the gateway. */
    String gatewayCost() throws Exception {
        String direct = config.url(StackConfig.AGENDA);
        String gateway = config.url(StackConfig.GATEWAY);
        int clients = 16;
        gatling(HttpGetSimulation.class, "warm-up", Map.of("bench.url", gateway, "bench.path", PROGRAM, "bench.clients", "16",
                "bench.seconds", "15"));
        gatling(HttpGetSimulation.class, "warm-up direct", Map.of("bench.url", direct, "bench.path", PROGRAM,
                "bench.clients", "16", "bench.seconds", "10"));
        GatlingRun directMax = gatling(HttpGetSimulation.class, "1 direct, closed", get(direct, PROGRAM, "bench.clients", clients));
        Profile profile = Profile.start(stack.process(StackConfig.GATEWAY).pid(), output.resolve("raw/gateway.jfr"));
        GatlingRun gatewayMax = gatling(HttpGetSimulation.class, "1 gateway, closed", get(gateway, PROGRAM, "bench.clients", clients));
        String gatewayLayers = profile.summarize(output.resolve("raw/gateway-profile.txt"), 25);
        // Latency at a steady arrival rate well below either's capacity, the same for both, timed to the microsecond.
        int rate = (int) Math.max(20, Math.min(200, gatewayMax.throughput() / 3));
        Percentiles directOpen = OpenLoop.run(direct + PROGRAM, rate, MEASURE);
        Percentiles gatewayOpen = OpenLoop.run(gateway + PROGRAM, rate, MEASURE);
        double ratio = gatewayMax.throughput() / directMax.throughput();
        double added = gatewayOpen.p50() - directOpen.p50();
        return section("1. Gateway cost", """
                `GET %s` (the latest release, %d KB of JSON), straight to agenda-service and through the gateway,
                no token (the public program). Throughput: Gatling, %d clients in a closed loop for %d s each.
                Latency: an open workload of %d requests per second for %d s each, timed to the microsecond from
                when each request was due (Gatling's resolution is one millisecond, too coarse for this target).

                | | direct (baseline) | through the gateway | ratio / difference | target |
                | --- | --- | --- | --- | --- |
                | throughput, req/s | %.0f | %.0f | **%.2f** | ≥ 0.85 %s |
                | latency at %d req/s, ms | %s | %s | median **+%.2f ms** | < 1 ms %s |
                | latency under full load (Gatling), p50 / p99 | %.0f / %.0f ms | %.0f / %.0f ms | | |

                Reports (latency over time): %s

                The gateway's CPU during its loaded run (Java Flight Recorder, execution samples by layer; whole
                profile: [gateway-profile.txt](performance/raw/gateway-profile.txt), recording: `raw/gateway.jfr`):

                ```
                %s```
                """.formatted(PROGRAM, programSize() / 1024, clients, MEASURE.toSeconds(), rate, MEASURE.toSeconds(),
                directMax.throughput(), gatewayMax.throughput(), ratio, verdict(ratio >= 0.85),
                rate, directOpen, gatewayOpen, added, verdict(added < 1),
                directMax.p50(), directMax.p99(), gatewayMax.p50(), gatewayMax.p99(), links(directMax, gatewayMax), gatewayLayers));
    }

    /** 5. The latest release read by 200 clients: full answers, and revalidations answered 304. */
    String publicReads() {
        String gateway = config.url(StackConfig.GATEWAY);
        String etag = api.get(PROGRAM, null).expect(200).header("ETag");
        GatlingRun full = gatling(HttpGetSimulation.class, "5 full reads", get(gateway, PROGRAM, "bench.clients", 200));
        Map<String, String> revalidate = new HashMap<>(get(gateway, PROGRAM, "bench.clients", 200));
        revalidate.put("bench.ifNoneMatch", etag);
        revalidate.put("bench.status", "304");
        GatlingRun notModified = gatling(HttpGetSimulation.class, "5 revalidations", revalidate);
        return section("5. Public reads", """
                `GET %s` through the gateway by 200 concurrent clients (closed loop, %d s each), without a token:
                full reads (200, the whole release), and revalidations with `If-None-Match` (304, no body).

                | | full reads (baseline) | revalidations (304) | ratio |
                | --- | --- | --- | --- |
                | throughput, req/s | %.0f | %.0f | **%.2f** |
                | p50 / p95 / p99 | %.0f / %.0f / %.0f ms | %.0f / %.0f / %.0f ms | |
                | failed | %d of %d | %d of %d | |

                Reports (latency over time): %s
                """.formatted(PROGRAM, MEASURE.toSeconds(), full.throughput(), notModified.throughput(),
                notModified.throughput() / full.throughput(), full.p50(), full.p95(), full.p99(),
                notModified.p50(), notModified.p95(), notModified.p99(), full.failed(), full.requests(),
                notModified.failed(), notModified.requests(), links(full, notModified)));
    }

    /** 2. Creating participants through the gateway against plain JDBC inserts on the same PostgreSQL. */
    String writePath() throws Exception {
        String conference = conference("bench-writes");
        String organizer = tokens.demoUser("organizer");
        Map<String, String> properties = new HashMap<>(Map.of("bench.url", config.url(StackConfig.GATEWAY),
                "bench.token", organizer, "bench.conference", conference, "bench.organizations", String.join(",", ORGANIZATIONS),
                "bench.clients", Integer.toString(WRITE_CLIENTS), "bench.seconds", "10"));
        properties.put("bench.out", output.resolve("raw/warm-up-created.txt").toString());
        gatling(CreateParticipantsSimulation.class, "warm-up writes", properties);
        properties.put("bench.seconds", Long.toString(MEASURE.toSeconds()));
        properties.put("bench.out", output.resolve("raw/created.txt").toString());
        GatlingRun writes;
        String waits;
        try (WaitSampler sampler = new WaitSampler(stack.postgres().jdbcUrl("registration"), stack.postgres().username(),
                stack.postgres().password(), "registration")) {
            writes = gatling(CreateParticipantsSimulation.class, "2 participant creation", properties);
            waits = sampler.shares();
        }

        stack.postgres().createDatabase("bench");
        double ceiling = JdbcInsertCeiling.measure(stack.postgres().jdbcUrl("bench"), stack.postgres().username(),
                stack.postgres().password(), WRITE_CLIENTS, MEASURE);
        double ratio = writes.throughput() / ceiling;
        return section("2. Registration write path", """
                `POST /api/v1/conferences/%s/participants` through the gateway with an organizer's token
                (token check at the edge and in the service, validation, seat claim, insert, outbox row, commit;
                the outbox relay publishes to Kafka meanwhile), %d clients in a closed loop for %d s. Baseline:
                one row inserted and committed per round trip with plain JDBC, %d connections, %d s, on the same
                PostgreSQL.

                | | JDBC insert-and-commit (baseline) | participant creation | ratio | target |
                | --- | --- | --- | --- | --- |
                | per second | %.0f | %.0f | **%.2f** | ≥ 0.4 %s |
                | p50 / p95 / p99 | | %.1f / %.1f / %.1f ms | | |
                | failed | | %d of %d | | |

                Report (latency over time): %s

                What registration-service's database connections were doing during the run (`pg_stat_activity`
                sampled every 20 ms): %s.
                """.formatted(conference, WRITE_CLIENTS, MEASURE.toSeconds(), WRITE_CLIENTS, MEASURE.toSeconds(), ceiling,
                writes.throughput(), ratio, verdict(ratio >= 0.4), writes.p50(), writes.p95(), writes.p99(),
                writes.failed(), writes.requests(), links(writes), waits));
    }

    /** 3. Approval to email accepted by the SMTP server, and to webhook received, at 50 approvals per second. */
    String eventLatency() throws Exception {
        int wanted = (int) (APPROVALS_PER_SECOND * APPROVAL_RUN.toSeconds());
        String organizer = tokens.demoUser("organizer");
        // The people to approve, registered in bulk (a delegation holds at most 1,000 seats): 1,000 per organization.
        String conference = conference("bench-events");
        List<String> registered = new ArrayList<>();
        for (int b = 0; b * 1000 < wanted; b++) {
            int batch = b;
            JsonNode answer = api.post("/api/v1/conferences/" + conference + "/organizations/" + ORGANIZATIONS.get(b)
                    + "/participant-batches", organizer, Map.of("items", IntStream.range(0, 1000)
                    .mapToObj(i -> syncItem(batch * 1000 + i)).toList())).expect(200).body();
            answer.path("results").forEach(r -> registered.add(r.path("id").asText()));
        }
        awaitQuietMail(Duration.ofMinutes(5));
        try (WebhookClock hooks = new WebhookClock()) {
            List<String> subscriptions = new ArrayList<>();
            for (String organization : ORGANIZATIONS) {
                subscriptions.add(api.post("/api/v1/webhook-subscriptions", organizer, Map.of("organizationCode", organization,
                        "url", hooks.url(), "eventTypes", List.of("org.scorats.conference.registration.participant.approved")))
                        .expect(201).body().path("id").asText());
            }
            Percentiles smtpFloor = smtpFloor();
            Percentiles httpFloor = httpFloor(hooks.url());

            Path ids = output.resolve("raw/approve-in.txt");
            Files.write(ids, registered.subList(0, wanted));
            Path approvedFile = output.resolve("raw/approved.csv");
            GatlingRun approvals = gatling(ApproveSimulation.class, "3 approvals", Map.of("bench.url", config.url(StackConfig.GATEWAY),
                    "bench.token", organizer, "bench.rate", Integer.toString(APPROVALS_PER_SECOND),
                    "bench.seconds", Long.toString(APPROVAL_RUN.toSeconds()), "bench.in", ids.toString(),
                    "bench.out", approvedFile.toString()));
            Map<String, Long> approvedAt = new LinkedHashMap<>();
            Files.readAllLines(approvedFile).forEach(line -> approvedAt.put(line.split(",")[0], Long.parseLong(line.split(",")[1])));
            long firstApproval = approvedAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();

            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            Map<String, JsonNode> found = Map.of();
            while (System.nanoTime() < deadline) {
                found = approvalMails(approvedAt, firstApproval);
                if (found.size() >= approvedAt.size() && hooks.arrivals().keySet().containsAll(approvedAt.keySet())) {
                    break;
                }
                ChildProcess.sleep(Duration.ofSeconds(2));
            }
            Map<String, JsonNode> mails = found;
            List<Double> toMail = new ArrayList<>();
            List<Double> toGathered = new ArrayList<>();
            List<Double> toWebhook = new ArrayList<>();
            List<SvgChart.Point> mailPoints = new ArrayList<>();
            List<SvgChart.Point> hookPoints = new ArrayList<>();
            List<String> raw = new ArrayList<>(List.of("participant,approved_ms,mail_created_ms,mail_sent_ms,webhook_ms"));
            for (Map.Entry<String, Long> approval : approvedAt.entrySet()) {
                JsonNode mail = mails.get(approval.getKey());
                Long hook = hooks.arrivals().get(approval.getKey());
                double second = (approval.getValue() - firstApproval) / 1000.0;
                Long sent = mail == null ? null : Instant.parse(mail.path("sentAt").asText()).toEpochMilli();
                Long gathered = mail == null ? null : Instant.parse(mail.path("createdAt").asText()).toEpochMilli();
                if (sent != null) {
                    toMail.add((double) (sent - approval.getValue()));
                    toGathered.add((double) (gathered - approval.getValue()));
                    mailPoints.add(new SvgChart.Point(second, sent - approval.getValue()));
                }
                if (hook != null) {
                    toWebhook.add((double) (hook - approval.getValue()));
                    hookPoints.add(new SvgChart.Point(second, hook - approval.getValue()));
                }
                raw.add(approval.getKey() + "," + approval.getValue() + "," + gathered + "," + sent + "," + hook);
            }
            Files.write(output.resolve("raw/event-latency.csv"), raw);
            new SvgChart("Approval to email accepted by SMTP and to webhook received", "seconds into the run", "latency, ms")
                    .series("email", mailPoints).series("webhook", hookPoints).write(output.resolve("event-latency.svg"));
            for (String subscription : subscriptions) {
                api.delete("/api/v1/webhook-subscriptions/" + subscription, organizer);
            }
            String missing = missingMails(approvedAt.keySet().stream().filter(id -> !mails.containsKey(id)).toList(), firstApproval);
            Percentiles mail = Percentiles.of(toMail);
            Percentiles gathered = Percentiles.of(toGathered);
            Percentiles webhook = Percentiles.of(toWebhook);
            int lostMail = approvedAt.size() - toMail.size();
            int lostHooks = approvedAt.size() - toWebhook.size();
            return section("3. Event latency", """
                    An organizer approves %d registrations through the gateway at %d per second for %d s (open model;
                    %d answered 200, %d failed). Measured from the moment each approval was sent to the email accepted by
                    the SMTP server (the mail's `sentAt`, set when the server accepted it) and to the webhook's
                    arrival at a partner endpoint (10 subscriptions, one per organization). For this run
                    `notification.mail.burst-window` is 0: in production notices within 30 s are merged into one
                    email on purpose, which puts every email 30 s after its first notice. Baseline: the last hop
                    alone, measured in the same run: one email sent straight to the same SMTP server, one POST
                    straight to the same endpoint (200 each, one after another).

                    | | baseline (last hop alone) | through the platform | ratio p99 | target |
                    | --- | --- | --- | --- | --- |
                    | email | %s | %s | %.0f× | p99 < 500 ms %s |
                    | webhook | %s | %s | %.0f× | p99 < 500 ms %s |
                    | not there 3 minutes after the last approval | | %d emails, %d webhooks | | none lost %s |

                    %s

                    Where the email's time goes: approval to the mail being composed (event through the outbox and
                    Kafka, notice recorded, burst gathered) %s; then sent. See the breakdown below.

                    ![event latency over time](performance/event-latency.svg) · approvals report: %s ·
                    raw: [event-latency.csv](performance/raw/event-latency.csv)
                    """.formatted(approvals.requests(), APPROVALS_PER_SECOND, APPROVAL_RUN.toSeconds(),
                    approvals.requests() - approvals.failed(), approvals.failed(),
                    smtpFloor, mail, mail.p99() / smtpFloor.p99(), verdict(mail.p99() < 500),
                    httpFloor, webhook, webhook.p99() / httpFloor.p99(), verdict(webhook.p99() < 500),
                    lostMail, lostHooks, verdict(lostMail == 0 && lostHooks == 0), missing, gathered, links(approvals)));
        }
    }

    /** 4. 10,000 participants pushed by a partner in batches of 1,000, read back, pushed again unchanged. */
    String partnerSync() throws Exception {
        String conference = conference("bench-sync");
        String partner = tokens.partner("cis-atc-sync");
        String base = "/api/v1/conferences/" + conference + "/organizations/CIS-ATC";
        List<Map<String, Object>> batches = IntStream.range(0, 10).mapToObj(b -> Map.<String, Object>of("items",
                IntStream.range(0, 1000).mapToObj(i -> syncItem(b * 1000 + i)).toList())).toList();

        long eventsBefore = registrationEvents();
        List<Double> firstMillis = push(base, partner, batches, "created");
        long eventsAfterFirst = awaitEvents(eventsBefore + 10_000);

        long feedStarted = System.nanoTime();
        int read = 0;
        int pages = 0;
        String cursor = "";
        boolean more = true;
        while (more) {
            JsonNode page = api.get(base + "/changes?limit=200" + cursor, partner).expect(200).body();
            read += page.path("items").size();
            pages++;
            cursor = "&cursor=" + URLEncoder.encode(page.path("nextCursor").asText(), StandardCharsets.UTF_8);
            more = page.path("more").asBoolean() || page.path("items").size() == 200;
        }
        double feedSeconds = (System.nanoTime() - feedStarted) / 1e9;

        List<Double> repeatMillis = push(base, partner, batches, "unchanged");
        ChildProcess.sleep(Duration.ofSeconds(5));
        long eventsAfterRepeat = registrationEvents();

        double firstRate = 10_000 / (firstMillis.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        double repeatRate = 10_000 / (repeatMillis.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        List<SvgChart.Point> first = new ArrayList<>();
        List<SvgChart.Point> repeat = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add(new SvgChart.Point(i + 1, firstMillis.get(i)));
            repeat.add(new SvgChart.Point(i + 1, repeatMillis.get(i)));
        }
        new SvgChart("Partner sync: time per batch of 1,000", "batch", "ms").series("first push (created)", first)
                .series("repeated unchanged", repeat).write(output.resolve("partner-sync.svg"));
        Files.write(output.resolve("raw/partner-sync.csv"), IntStream.range(0, 10)
                .mapToObj(i -> (i + 1) + "," + firstMillis.get(i) + "," + repeatMillis.get(i)).toList());
        return section("4. Partner sync", """
                The CIS ATC's service account pushes 10,000 participants to `POST %s/participant-batches` in 10
                batches of 1,000, one after another, through the gateway; then reads the whole change feed
                (`limit=200`); then pushes the same 10 batches again, unchanged. Events counted on the Kafka topic
                `%s`.

                | | first push (baseline) | repeated unchanged | ratio |
                | --- | --- | --- | --- |
                | items per second | %.0f | %.0f | **%.1f×** faster |
                | per batch of 1,000, p50 / max | %.0f / %.0f ms | %.0f / %.0f ms | |
                | events emitted | %d | %d | must be 0 %s |

                Change feed: %d items in %d pages in %.1f s, **%.0f items per second**.

                ![time per batch](performance/partner-sync.svg) · raw: [partner-sync.csv](performance/raw/partner-sync.csv)
                """.formatted(base, Topics.REGISTRATION, firstRate, repeatRate, repeatRate / firstRate,
                Percentiles.of(firstMillis).p50(), Percentiles.of(firstMillis).max(), Percentiles.of(repeatMillis).p50(),
                Percentiles.of(repeatMillis).max(), eventsAfterFirst - eventsBefore, eventsAfterRepeat - eventsAfterFirst,
                verdict(eventsAfterRepeat == eventsAfterFirst && repeatRate > firstRate), read, pages, feedSeconds, read / feedSeconds));
    }

    /** 6. Each service's start to ready, alone, and its memory after the benchmark; a bare JVM as baseline. */
    String footprint(MemorySampler sampler) throws Exception {
        awaitQuietMail(Duration.ofMinutes(5));
        Map<String, Long> after = stack.memoryMib();
        long total = after.values().stream().filter(v -> v > 0).mapToLong(Long::longValue).sum();
        BareJvm baseline = BareJvm.measure();
        StringBuilder rows = new StringBuilder();
        for (String service : List.of(StackConfig.REGISTRATION, StackConfig.AGENDA, StackConfig.NOTIFICATION, StackConfig.GATEWAY)) {
            ChildProcess process = stack.process(service);
            process.stop();
            long started = System.nanoTime();
            process.start();
            process.awaitReady(Duration.ofMinutes(2));
            double ready = (System.nanoTime() - started) / 1e9;
            String quarkus = quarkusStartedIn(service);
            long rss = after.get(service);
            rows.append("| %s | %.1f s (%s) | %.1f× | %s | %d MiB | %.1f× | %s |%n".formatted(service, ready, quarkus,
                    ready / baseline.readySeconds(), verdict(ready < 3), rss, (double) rss / baseline.rssMib(), verdict(rss < 250)));
        }
        sampler.chart(output.resolve("memory.svg"));
        return section("6. Footprint", """
                Each service stopped and started again alone (the rest of the stack running, no load), from the
                process's start to its readiness check answering UP (`/q/health/ready`: database, Kafka, outbox);
                in brackets, Quarkus's own "started in" (from the JVM's start to the HTTP port open). Resident
                memory (RSS) measured after the benchmark, before the restart. JVM options as the local stack
                runs them: `-Xmx384m -XX:+UseSerialGC`. Baseline: a bare JVM with the same options printing one
                line (%.2f s to the line, %d MiB resident).

                | service | start to ready | ratio to bare JVM | target < 3 s | RSS after the benchmark | ratio to bare JVM | target < 250 MB |
                | --- | --- | --- | --- | --- | --- | --- |
                %s
                Whole stack after the benchmark: **%d MiB** (%s).

                ![memory over the run](performance/memory.svg)
                """.formatted(baseline.readySeconds(), baseline.rssMib(), rows.toString().strip(), total, after));
    }

    // --- helpers -------------------------------------------------------------------------------

    private GatlingRun gatling(Class<?> simulation, String label, Map<String, String> properties) {
        GatlingRun run = GatlingRun.run(simulation, label, output.resolve("gatling"), properties);
        if (label.startsWith("warm-up")) {
            try {
                BenchmarkRun.deleteRecursively(run.report()); // it only warms the JIT; its report would be noise in docs/
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        System.out.printf("  %s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d failed of %d%n", label, run.throughput(), run.p50(),
                run.p99(), run.failed(), run.requests());
        return run;
    }

    private static Map<String, String> get(String url, String path, String model, int value) {
        return Map.of("bench.url", url, "bench.path", path, model, Integer.toString(value),
                "bench.seconds", Long.toString(MEASURE.toSeconds()));
    }

    private int programSize() {
        return api.get(PROGRAM, null).expect(200).text().getBytes(StandardCharsets.UTF_8).length;
    }

    private String conference(String prefix) {
        String id = prefix + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String organizer = tokens.demoUser("organizer");
        var body = DemoData.conference(id);
        body.put("capacity", 100_000);
        api.post("/api/v1/conferences", organizer, body).expect(201);
        for (String organization : ORGANIZATIONS) {
            api.post("/api/v1/conferences/" + id + "/delegations", organizer, Map.of("organizationCode", organization,
                    "seatQuota", 1000)).expect(201);
        }
        return id;
    }

    private static Map<String, Object> syncItem(int n) {
        return Map.of("externalId", "SYNC-" + n, "participant", Map.of("givenName", "Делегат", "familyName", "Синхронный",
                "givenNameLatin", "Delegat", "familyNameLatin", "Sinkhronny", "email", "sync-" + n + "@cisatc.example",
                "language", "ru", "role", "delegate", "attendance", "in-person", "privacyConsent", true));
    }

    private List<Double> push(String base, String partner, List<Map<String, Object>> batches, String expected) {
        List<Double> millis = new ArrayList<>();
        for (Map<String, Object> batch : batches) {
            long started = System.nanoTime();
            JsonNode answer = api.post(base + "/participant-batches", partner, batch).expect(200).body();
            millis.add((System.nanoTime() - started) / 1e6);
            if (answer.path(expected).asInt() != 1000) {
                throw new IllegalStateException("Expected 1000 " + expected + ": " + answer.path(expected) + " failed "
                        + answer.path("failed"));
            }
        }
        return millis;
    }

    /** Messages on the registration topic, all partitions. */
    private long registrationEvents() throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
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

    private long awaitEvents(long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long events = registrationEvents();
        while (events < expected && System.nanoTime() < deadline) {
            ChildProcess.sleep(Duration.ofSeconds(1));
            events = registrationEvents();
        }
        return events;
    }

    /**
     * The approval mail of each participant. Their registration mails went out before the first
     * approval (the run waits for that), so any mail made for them since is the approval's. Not
     * "since their own approval's answer": under load the mail is sometimes composed before the
     * load generator has read the answer.
     */
    private Map<String, JsonNode> approvalMails(Map<String, Long> approvedAt, long since) {
        Map<String, JsonNode> found = new HashMap<>();
        for (JsonNode mail : mailsSince(since, "&status=sent")) {
            if (approvedAt.containsKey(mail.path("recipientId").asText()) && mail.hasNonNull("sentAt")) {
                found.putIfAbsent(mail.path("recipientId").asText(), mail);
            }
        }
        return found;
    }

    /** What became of the approval emails not sent in time: each one's delivery status and last error. */
    private String missingMails(List<String> recipients, long since) {
        if (recipients.isEmpty()) {
            return "";
        }
        List<String> states = mailsSince(since, "").stream().filter(m -> recipients.contains(m.path("recipientId").asText()))
                .map(m -> "%s: %s after %d attempts (%s)".formatted(m.path("recipientId").asText(), m.path("status").asText(),
                        m.path("attempts").asInt(), m.path("lastError").asText("no error")))
                .toList();
        return "Emails not sent in time, as the notification service reports them: "
                + (states.isEmpty() ? "no email made yet for " + recipients : String.join("; ", states)) + ".";
    }

    /** The emails made since {@code since} (epoch ms), newest first, read page by page until older ones begin. */
    private List<JsonNode> mailsSince(long since, String filter) {
        List<JsonNode> mails = new ArrayList<>();
        String organizer = tokens.demoUser("organizer");
        String cursor = "";
        while (cursor != null) {
            JsonNode page = api.get("/api/v1/mail-deliveries?limit=200" + filter + cursor, organizer).expect(200).body();
            boolean older = false;
            for (JsonNode mail : page.path("items")) {
                if (Instant.parse(mail.path("createdAt").asText()).toEpochMilli() < since) {
                    older = true;
                } else {
                    mails.add(mail);
                }
            }
            cursor = older || !page.hasNonNull("nextCursor") ? null
                    : "&cursor=" + URLEncoder.encode(page.get("nextCursor").asText(), StandardCharsets.UTF_8);
        }
        return mails;
    }

    /** Waits until the SMTP server has received nothing new for 5 s (earlier figures' mail is out). */
    private void awaitQuietMail(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        int count = stack.smtp().received().size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
            ChildProcess.sleep(Duration.ofSeconds(1));
            int now = stack.smtp().received().size();
            if (now != count) {
                count = now;
                quietSince = System.nanoTime();
            }
        }
    }

    private Percentiles smtpFloor() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(config.port(StackConfig.SMTP)));
        Session session = Session.getInstance(properties);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("bench@conference.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("floor-" + i + "@bench.example"));
            message.setSubject("Ваша регистрация подтверждена", "UTF-8");
            message.setText("Уважаемый участник! Ваша регистрация подтверждена.", "UTF-8");
            long started = System.nanoTime();
            Transport.send(message);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Percentiles.of(millis);
    }

    private static Percentiles httpFloor(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        String body = "{\"type\":\"org.scorats.conference.registration.participant.approved\",\"data\":{\"participant\":{\"id\":\"floor\"}}}";
        for (int i = 0; i < 200; i++) {
            long started = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Percentiles.of(millis);
    }

    private String quarkusStartedIn(String service) throws IOException {
        Matcher started = Pattern.compile("started in ([0-9.]+)s").matcher(
                Files.readString(config.data().resolve("logs").resolve(service + ".log")));
        String last = "?";
        while (started.find()) {
            last = started.group(1) + " s";
        }
        return "Quarkus: " + last;
    }

    private static String links(GatlingRun... runs) {
        List<String> links = new ArrayList<>();
        for (GatlingRun run : runs) {
            links.add("[" + run.label() + "](performance/gatling/" + run.report().getFileName() + "/index.html)");
        }
        return String.join(", ", links);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String section(String title, String body) {
        return "## " + title + "\n\n" + body.strip() + "\n";
    }
}
