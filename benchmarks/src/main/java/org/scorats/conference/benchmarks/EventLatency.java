package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.scorats.conference.localstack.ChildProcess;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** 3. Approval to email accepted by the SMTP server, and to webhook received, at 50 approvals per second. */
final class EventLatency implements Figure {

    /** Figure 3's main run, which figures 7 and 8 repeat. */
    static final int APPROVALS_PER_SECOND = 50;
    static final Duration RUN = Duration.ofSeconds(60);
    private static final int WARM_UP_RATE = 20;
    /** Twice, each shorter than a token's life. */
    private static final Duration WARM_UP = Duration.ofSeconds(150);
    private static final List<Integer> STEP_RATES = List.of(50, 100, 200, 400);
    private static final Duration STEP = Duration.ofSeconds(15);
    private static final List<String> PROFILED = List.of(StackConfig.REGISTRATION, StackConfig.NOTIFICATION);
    private static final String APPROVED = "org.scorats.conference.registration.participant.approved";

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        bench.awaitQuietMail(Duration.ofMinutes(5));
        try (WebhookClock hooks = new WebhookClock()) {
            List<String> subscriptions = subscribe(bench, hooks);
            Percentiles smtpFloor = smtpFloor(bench.config().port(StackConfig.SMTP));
            Percentiles httpFloor = httpFloor(hooks.url());

            // The services' JIT compiles the approval's path (HTTP, token, transaction, relay, consumers, mail,
            // webhooks) with C2 only after thousands of runs (methods called once per approval reach its
            // thresholds late), meanwhile taking most of a core and running slower code: 6,000 approvals
            // before, at a rate a cold platform keeps up with, not counted but reported, so the figures
            // measure the platform warm (benchmarks/analysis.md, figure 3).
            Step warmUp = approve(bench, hooks, WARM_UP_RATE, WARM_UP, "3 warm-up 1", false);
            // Profiled: recorded during the measured run, the profile slowed it (benchmarks/analysis.md, figure 3).
            Step warmer = approve(bench, hooks, WARM_UP_RATE, WARM_UP, "3 warm-up 2", true);
            Step main = approve(bench, hooks, APPROVALS_PER_SECOND, RUN, "3 approvals", false);
            Arrivals arrivals = main.arrivals();
            arrivals.chart(bench);
            List<Step> steps = new ArrayList<>();
            for (int rate : STEP_RATES) {
                steps.add(approve(bench, hooks, rate, STEP, "3 step " + rate + " per s", false));
            }
            unsubscribe(bench, subscriptions);
            int sustained = steps.stream().filter(Step::flat).mapToInt(Step::rate).max().orElse(0);
            StringBuilder stepRows = new StringBuilder("| approvals per second asked | approved per second (sent rate of those answered 200) | to webhook p50 / p99 |"
                    + " to email p50 / p99 | not there after 3 min | backlog |\n| --- | --- | --- | --- | --- | --- |\n");
            steps.forEach(step -> stepRows.append(step.row()));

            String method = """
                    An organizer approves registrations through the gateway at %d per second for %d s (open model;
                    %d answered, %d failed; %d attempts found the gateway busy, 503, and were retried after its
                    Retry-After, as clients are told to). Measured from the moment each approval was first sent to
                    the email accepted by the SMTP server (the mail's `sentAt`) and to the webhook's arrival at a partner endpoint (10
                    subscriptions, one per organization). For this run `notification.mail.burst-window` is 0: in
                    production notices within 30 s are merged into one email on purpose. Baseline: the last hop
                    alone, in the same run: one email sent straight to the same SMTP server, one POST straight to the
                    same endpoint, one after another. Then the rate is stepped (%s per second, %d s each) to find the
                    highest rate at which the backlog stays flat: every approval answered at that rate, none lost, and
                    the last fifth of the step's approvals no slower to arrive than the first fifth (by their median,
                    within a second). Before all of it, twice %d approvals at %d a second warm the services up (the
                    JIT compiles the path while they run), not counted: %s; then %s.""".formatted(APPROVALS_PER_SECOND, RUN.toSeconds(), main.answered(), main.failed(), main.retried(),
                    STEP_RATES, STEP.toSeconds(), WARM_UP_RATE * WARM_UP.toSeconds(), WARM_UP_RATE, warmUp.summary(), warmer.summary());
            String details = """
                    Email: last hop %s; approval to email %s. Webhook: last hop %s; approval to webhook %s. Approval
                    to the email being composed (event through the outbox and Kafka, notice recorded, burst
                    gathered): %s. %s

                    Where the machine's CPU went, per approval, from the first approval until every email and
                    webhook had arrived (the load generator is a process of its own; the launcher's JVM runs Kafka,
                    the SMTP server and the partners' webhook endpoint). The %d s run at %d a second:

                    %s
                    The step of %d a second:

                    %s
                    %s
                    Webhooks retried or held back (notification-service's records): %s.

                    ![event latency over time](performance/event-latency.svg) · raw:
                    [event-latency-per-participant.csv](performance/raw/event-latency-per-participant.csv)""".formatted(
                    smtpFloor, arrivals.toMail(), httpFloor, arrivals.toWebhook(), arrivals.toComposed(),
                    main.missing() + "\n\nRows read by sequential scans from the run's first approval until everything"
                            + " arrived (PostgreSQL's statistics, the largest): " + main.scans() + "." + warmer.profile(),
                    RUN.toSeconds(), APPROVALS_PER_SECOND, main.cpu(), STEP_RATES.get(1), steps.get(1).cpu(),
                    stepRows, String.join("; ", Stream.concat(Stream.of("the %d s run: %s".formatted(RUN.toSeconds(), main.webhookRetries())),
                            steps.stream().map(step -> "step %d per s: %s".formatted(step.rate(), step.webhookRetries()))).toList()));
            int lost = main.lost();
            return new FigureResult("3", "Event latency", method, List.of(
                    Measurement.of("3.email-p99", "approval to email at 50/s, p99", "ms", smtpFloor.p99(), arrivals.toMail().p99(),
                            "< 2000 ms", arrivals.toMail().p99() < 2000),
                    Measurement.of("3.webhook-p99", "approval to webhook at 50/s, p99", "ms", httpFloor.p99(),
                            arrivals.toWebhook().p99(), "< 1000 ms", arrivals.toWebhook().p99() < 1000),
                    Measurement.alone("3.lost", "emails and webhooks not there 3 min after the last approval", "items",
                            lost, "none", lost == 0),
                    Measurement.of("3.capacity", "highest approval rate with a flat backlog", "approvals/s",
                            APPROVALS_PER_SECOND, sustained, "≥ 200/s", sustained >= 200)), details);
        }
    }

    /** A subscription to approvals for every organization, all to {@code hooks}. */
    static List<String> subscribe(Bench bench, WebhookClock hooks) {
        String organizer = bench.tokens().demoUser("organizer");
        List<String> subscriptions = new ArrayList<>();
        for (String organization : Bench.ORGANIZATIONS) {
            subscriptions.add(bench.api().post("/api/v1/webhook-subscriptions", organizer, Map.of(
                    "organizationCode", organization, "url", hooks.url(), "eventTypes", List.of(APPROVED)))
                    .expect(201).body().path("id").asText());
        }
        return subscriptions;
    }

    static void unsubscribe(Bench bench, List<String> subscriptions) {
        String organizer = bench.tokens().demoUser("organizer");
        for (String subscription : subscriptions) {
            bench.api().delete("/api/v1/webhook-subscriptions/" + subscription, organizer);
        }
    }

    /**
     * One load: fresh people approved at {@code rate} for {@code duration}, and what arrived of it.
     *
     * @param cpu where the machine's CPU went per approval, from the first approval until everything arrived
     */
    record Step(int rate, int answered, int failed, int retried, double answeredPerSecond, Arrivals arrivals,
                        int lost, String missing, String scans, String profile, String webhookRetries, String cpu) {

        boolean flat() {
            return answeredPerSecond >= 0.95 * rate && failed == 0 && lost == 0 && arrivals.flat();
        }

        Percentiles toMail() {
            return arrivals.toMail();
        }

        Percentiles toWebhook() {
            return arrivals.toWebhook();
        }

        String summary() {
            return "%d answered at %.0f a second (%d busy answers retried), to webhook p50 / p99 %.0f / %.0f ms, to email p50 / p99 %.0f / %.0f ms (webhooks: %s)".formatted(
                    answered, answeredPerSecond, retried, arrivals.toWebhook().p50(), arrivals.toWebhook().p99(), arrivals.toMail().p50(),
                    arrivals.toMail().p99(), webhookRetries);
        }

        String row() {
            return "| %d | %.0f | %.0f / %.0f ms | %.0f / %.0f ms | %d | %s |%n".formatted(rate, answeredPerSecond,
                    arrivals.toWebhook().p50(), arrivals.toWebhook().p99(), arrivals.toMail().p50(), arrivals.toMail().p99(),
                    lost, flat() ? "flat" : "**growing**");
        }
    }

    /**
     * @param profiled whether to record where registration-service and notification-service spend
     *                 their CPU from the first approval until everything arrived
     */
    static Step approve(Bench bench, WebhookClock hooks, int rate, Duration duration, String label, boolean profiled)
            throws Exception {
        int wanted = (int) (rate * duration.toSeconds());
        List<Profile> profiles = new ArrayList<>();
        for (String service : profiled ? PROFILED : List.<String>of()) {
            profiles.add(Profile.start(bench.stack().process(service).pid(), bench.scratch().resolve(service + ".jfr")));
        }
        List<String> registered = register(bench, bench.tokens().demoUser("organizer"), wanted);
        bench.awaitQuietMail(Duration.ofMinutes(5));
        String file = label.replaceAll("[^A-Za-z0-9]+", "-");
        Path ids = bench.scratch().resolve(file + "-in.txt");
        Files.write(ids, registered.subList(0, wanted));
        Path approvedFile = bench.scratch().resolve(file + "-approved.csv");
        profiles.forEach(Profile::countFromNow);
        TableScans scansBefore = TableScans.snapshot(bench.stack().postgres());
        int mailsBefore = bench.stack().smtp().count();
        CpuShares machine = CpuShares.start(bench.stack());
        GatlingRun approvals = bench.gatling(ApproveSimulation.class, label, Map.of(
                // A token lives five minutes: fetched as the load starts, which stays shorter than that.
                "bench.url", bench.url(StackConfig.GATEWAY), "bench.token", bench.tokens().demoUser("organizer"),
                "bench.rate", Integer.toString(rate), "bench.seconds", Long.toString(duration.toSeconds()),
                "bench.in", ids.toString(), "bench.out", approvedFile.toString()));
        Map<String, Long> approvedAt = new LinkedHashMap<>();
        Files.readAllLines(approvedFile).forEach(line -> approvedAt.put(line.split(",")[0], Long.parseLong(line.split(",")[1])));
        long first = approvedAt.values().stream().mapToLong(Long::longValue).min().orElse(System.currentTimeMillis());
        long last = approvedAt.values().stream().mapToLong(Long::longValue).max().orElse(first);
        Map<String, JsonNode> mails = awaitArrivals(bench, approvedAt, first, hooks, mailsBefore);
        Arrivals arrivals = Arrivals.of(approvedAt, first, mails, hooks.arrivals());
        String cpuPerApproval = machine.perItem(Math.max(1, approvedAt.size()));
        StringBuilder cpu = new StringBuilder();
        String scans = TableScans.snapshot(bench.stack().postgres()).since(scansBefore, 5);
        for (int i = 0; i < profiles.size(); i++) {
            String service = PROFILED.get(i);
            cpu.append("\n\n").append(service).append("'s CPU while the approvals of \"").append(label)
                    .append("\" and their effects went through (Java Flight")
                    .append(" Recorder, execution samples by layer; whole profile: [").append(service)
                    .append("-profile.txt](performance/raw/").append(service).append("-profile.txt)):\n\n```\n")
                    .append(profiles.get(i).summarize(bench.raw(service + "-profile.txt"), 25)).append("```");
        }
        int lost = (approvedAt.size() - arrivals.toMail().count()) + (approvedAt.size() - arrivals.toWebhook().count());
        String missing = missingMails(bench, approvedAt.keySet().stream().filter(id -> !mails.containsKey(id)).toList(), first);
        double perSecond = approvedAt.size() / Math.max(1.0, (last - first) / 1000.0);
        // Gatling counts each busy answer that was retried as failed; an approval failed only if it never got its 200.
        return new Step(rate, approvedAt.size(), wanted - approvedAt.size(), (int) approvals.failed(), perSecond, arrivals,
                lost, missing, scans, cpu.toString(), webhookRetries(bench, first), cpuPerApproval);
    }

    /**
     * Registers the people to approve in bulk: partner batches of 250 (each well inside the API
     * client's timeout while the consumers are busy with the previous one), 1,000 per organization
     * (a delegation's seats).
     */
    private static List<String> register(Bench bench, String organizer, int wanted) {
        String conference = bench.conference("bench-events");
        List<String> registered = new ArrayList<>();
        for (int first = 0; first < wanted; first += 250) { // at most 10 organizations: 10,000 per conference
            int from = first;
            JsonNode answer = bench.api().post("/api/v1/conferences/" + conference + "/organizations/"
                    + Bench.ORGANIZATIONS.get(first / 1000) + "/participant-batches", organizer, Map.of("items",
                    IntStream.range(from, from + 250).mapToObj(Bench::syncItem).toList())).expect(200).body();
            answer.path("results").forEach(r -> registered.add(r.path("id").asText()));
        }
        return registered;
    }

    /**
     * The approval mails, read once every mail reached the SMTP server and every webhook arrived, or
     * three minutes have passed. Waiting watches the SMTP server's count, not the API: reading
     * thousands of deliveries every few seconds would load the service whose backlog is measured.
     */
    private static Map<String, JsonNode> awaitArrivals(Bench bench, Map<String, Long> approvedAt, long since,
                                                       WebhookClock hooks, int mailsBefore) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !(bench.stack().smtp().count() - mailsBefore >= approvedAt.size()
                && hooks.arrivals().keySet().containsAll(approvedAt.keySet()))) {
            ChildProcess.sleep(Duration.ofMillis(500));
        }
        Map<String, JsonNode> found = approvalMails(bench, approvedAt, since);
        // A mail counted at the server may not be marked sent yet: the sender records it after the server's answer.
        while (found.size() < approvedAt.size() && System.nanoTime() < deadline) {
            ChildProcess.sleep(Duration.ofSeconds(2));
            found = approvalMails(bench, approvedAt, since);
        }
        return found;
    }

    /** Latencies from each approval, and the rows they come from. */
    record Arrivals(Percentiles toMail, Percentiles toComposed, Percentiles toWebhook, List<SvgChart.Point> mailPoints,
                            List<SvgChart.Point> hookPoints, List<String> rows) {

        static Arrivals of(Map<String, Long> approvedAt, long firstApproval, Map<String, JsonNode> mails, Map<String, Long> hooks) {
            List<Double> toMail = new ArrayList<>();
            List<Double> toComposed = new ArrayList<>();
            List<Double> toWebhook = new ArrayList<>();
            List<SvgChart.Point> mailPoints = new ArrayList<>();
            List<SvgChart.Point> hookPoints = new ArrayList<>();
            List<String> rows = new ArrayList<>(List.of("participant,approved_ms,mail_created_ms,mail_sent_ms,webhook_ms"));
            for (Map.Entry<String, Long> approval : approvedAt.entrySet()) {
                JsonNode mail = mails.get(approval.getKey());
                Long hook = hooks.get(approval.getKey());
                double second = (approval.getValue() - firstApproval) / 1000.0;
                Long sent = mail == null ? null : Instant.parse(mail.path("sentAt").asText()).toEpochMilli();
                Long composed = mail == null ? null : Instant.parse(mail.path("createdAt").asText()).toEpochMilli();
                if (sent != null) {
                    toMail.add((double) (sent - approval.getValue()));
                    toComposed.add((double) (composed - approval.getValue()));
                    mailPoints.add(new SvgChart.Point(second, sent - approval.getValue()));
                }
                if (hook != null) {
                    toWebhook.add((double) (hook - approval.getValue()));
                    hookPoints.add(new SvgChart.Point(second, hook - approval.getValue()));
                }
                rows.add(approval.getKey() + "," + approval.getValue() + "," + composed + "," + sent + "," + hook);
            }
            return new Arrivals(Percentiles.of(toMail), Percentiles.of(toComposed), Percentiles.of(toWebhook), mailPoints,
                    hookPoints, rows);
        }

        /** The last fifth of the approvals arrived no slower than the first fifth (medians, within a second). */
        boolean flat() {
            return flat(mailPoints) && flat(hookPoints);
        }

        private static boolean flat(List<SvgChart.Point> points) {
            if (points.size() < 10) {
                return false;
            }
            List<SvgChart.Point> inOrder = points.stream().sorted(java.util.Comparator.comparingDouble(SvgChart.Point::x)).toList();
            int fifth = inOrder.size() / 5;
            double first = Percentiles.of(inOrder.subList(0, fifth).stream().map(SvgChart.Point::y).toList()).p50();
            double last = Percentiles.of(inOrder.subList(inOrder.size() - fifth, inOrder.size()).stream()
                    .map(SvgChart.Point::y).toList()).p50();
            return last <= first + 1000;
        }

        void chart(Bench bench) throws IOException {
            Files.write(bench.raw("event-latency-per-participant.csv"), rows);
            new SvgChart("Approval to email accepted by SMTP and to webhook received", "seconds into the run", "latency, ms")
                    .series("email", mailPoints).series("webhook", hookPoints).write(bench.output().resolve("event-latency.svg"));
        }
    }

    /**
     * The approval mail of each participant. Their registration mails went out before the first
     * approval (the run waits for that), so any mail made for them since is the approval's. Not
     * "since their own approval's answer": under load the mail is sometimes composed before the
     * load generator has read the answer.
     */
    private static Map<String, JsonNode> approvalMails(Bench bench, Map<String, Long> approvedAt, long since) {
        Map<String, JsonNode> found = new HashMap<>();
        for (JsonNode mail : mailsSince(bench, since, "&status=sent")) {
            if (approvedAt.containsKey(mail.path("recipientId").asText()) && mail.hasNonNull("sentAt")) {
                found.putIfAbsent(mail.path("recipientId").asText(), mail);
            }
        }
        return found;
    }

    /** What became of the approval emails not sent in time: each one's delivery status and last error. */
    private static String missingMails(Bench bench, List<String> recipients, long since) {
        if (recipients.isEmpty()) {
            return "";
        }
        List<String> states = mailsSince(bench, since, "").stream()
                .filter(m -> recipients.contains(m.path("recipientId").asText()))
                .map(m -> "%s: %s after %d attempts (%s)".formatted(m.path("recipientId").asText(), m.path("status").asText(),
                        m.path("attempts").asInt(), m.path("lastError").asText("no error")))
                .toList();
        return "Emails not sent in time, as the notification service reports them: "
                + (states.isEmpty() ? "no email made yet for " + recipients : String.join("; ", states)) + ".";
    }

    /**
     * Why webhooks of one load were late, from notification-service's own records: its failed
     * attempts by reason, the deliveries that took more than one attempt, and those first tried
     * more than 5 s after they were queued. Read before the subscriptions are deleted, which deletes
     * their deliveries.
     */
    private static String webhookRetries(Bench bench, long since) throws SQLException {
        var postgres = bench.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("notification"), postgres.username(), postgres.password());
             PreparedStatement failures = db.prepareStatement("""
                     SELECT coalesce(left(error, 160), 'HTTP ' || status_code), count(*) FROM webhook_attempt
                     WHERE attempted_at >= ? AND (error IS NOT NULL OR status_code / 100 <> 2) GROUP BY 1 ORDER BY 2 DESC""");
             PreparedStatement deliveries = db.prepareStatement("""
                     SELECT count(*) FILTER (WHERE d.attempts > 1),
                            count(*) FILTER (WHERE a.first_attempt > d.created_at + interval '5 seconds')
                     FROM webhook_delivery d
                     JOIN LATERAL (SELECT min(attempted_at) AS first_attempt FROM webhook_attempt WHERE delivery_id = d.id) a ON true
                     WHERE d.created_at >= ?""")) {
            Timestamp from = new Timestamp(since);
            failures.setTimestamp(1, from);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rows = failures.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getLong(2) + " × " + rows.getString(1));
                }
            }
            deliveries.setTimestamp(1, from);
            try (ResultSet row = deliveries.executeQuery()) {
                row.next();
                return "%d deliveries took more than one attempt, %d were first tried more than 5 s after they were queued; failed attempts: %s"
                        .formatted(row.getLong(1), row.getLong(2), reasons.isEmpty() ? "none" : String.join("; ", reasons));
            }
        }
    }

    /** The emails made since {@code since} (epoch ms), newest first, read page by page until older ones begin. */
    private static List<JsonNode> mailsSince(Bench bench, long since, String filter) {
        List<JsonNode> mails = new ArrayList<>();
        String organizer = bench.tokens().demoUser("organizer");
        String cursor = "";
        while (cursor != null) {
            JsonNode page = bench.api().get("/api/v1/mail-deliveries?limit=200" + filter + cursor, organizer).expect(200).body();
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

    private static Percentiles smtpFloor(int port) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
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
        String body = "{\"type\":\"" + APPROVED + "\",\"data\":{\"participant\":{\"id\":\"floor\"}}}";
        for (int i = 0; i < 200; i++) {
            long started = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Percentiles.of(millis);
    }
}
