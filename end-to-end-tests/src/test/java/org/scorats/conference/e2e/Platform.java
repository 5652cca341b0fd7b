package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;
import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.DemoData;
import org.scorats.conference.localstack.KeycloakTokens;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole platform, started once for all scenarios by the local stack's launcher on free ports
 * with the demo data, and what the scenarios do with it: call the gateway with Keycloak's tokens,
 * read the SMTP server's mail. Scenarios take it as a constructor parameter.
 */
public final class Platform implements AutoCloseable {

    /** Mail goes out when its 30 s burst window is over; this leaves room for a loaded machine. */
    static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final int INSTANCES = 2;

    private final LocalStack stack;
    private final ApiClient api;
    private final KeycloakTokens tokens;

    private Platform(LocalStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack.config().url(StackConfig.GATEWAY));
        this.tokens = new KeycloakTokens(stack.config().url(StackConfig.KEYCLOAK));
    }

    private static Platform start() {
        Path data = REPOSITORY.resolve("end-to-end-tests/target/platform");
        deleteRecursively(data);
        // Two instances of each service behind the gateway, as an ops team would run them: every
        // scenario passes through the gateway's choice of instance, and faults can kill one of two.
        StackConfig config = StackConfig.onFreePorts(REPOSITORY, data, true);
        for (String service : StackConfig.SERVICES) {
            config = config.withInstances(service, INSTANCES);
        }
        LocalStack stack = LocalStack.start(config);
        Platform platform = new Platform(stack);
        new DemoData(platform.api, platform.tokens).load();
        System.out.println("End-to-end platform ready: " + stack.readyAfter());
        return platform;
    }

    ApiClient api() {
        return api;
    }

    LocalStack stack() {
        return stack;
    }

    /** Every instance of a service, the first one first. */
    List<ChildProcess> instances(String service) {
        return stack.config().instances(service).stream().map(stack::process).toList();
    }

    /** Kills (SIGKILL) or stops every instance of a service, then starts them all and waits until they are ready. */
    void restartAll(String service, boolean kill, Runnable whileDown) {
        List<ChildProcess> all = instances(service);
        all.forEach(kill ? ChildProcess::kill : ChildProcess::stop);
        whileDown.run();
        all.forEach(ChildProcess::start);
        all.forEach(instance -> instance.awaitReady(Duration.ofMinutes(2)));
    }

    String user(String demoUser) {
        return tokens.demoUser(demoUser);
    }

    String partner(String clientId) {
        return tokens.serviceAccount(clientId);
    }

    /** The door device's service account (role door). */
    String door() {
        return tokens.serviceAccount("door-device");
    }

    /**
     * A conference of the scenario's own (the demo conference's details under a fresh id), with a
     * delegation for each organization given: scenarios do not see each other's participants.
     */
    String newConference(String... organizationCodes) {
        return newConference(20, organizationCodes);
    }

    String newConference(int seatQuota, String... organizationCodes) {
        String id = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String organizer = user("organizer");
        ObjectNode conference = DemoData.conference(id);
        // Its own name too, so its mail is told apart from the demo conference's.
        conference.path("name").properties().forEach(name -> ((ObjectNode) conference.path("name")).put(name.getKey(),
                name.getValue().asText() + " (" + id + ")"));
        api.post("/api/v1/conferences", organizer, conference).expect(201);
        for (String code : organizationCodes) {
            api.post("/api/v1/conferences/" + id + "/delegations", organizer, Map.of("organizationCode", code, "seatQuota", seatQuota))
                    .expect(201);
        }
        return id;
    }

    /** The id of an organization's delegation at a conference. */
    String delegationOf(String conference, String organizationCode) {
        for (JsonNode delegation : api.get("/api/v1/conferences/" + conference + "/delegations", user("organizer"))
                .expect(200).body().path("items")) {
            if (delegation.path("organizationCode").asText().equals(organizationCode)) {
                return delegation.path("id").asText();
            }
        }
        throw new IllegalArgumentException(organizationCode + " has no delegation at " + conference);
    }

    /** A new invitation code for people registering themselves into an organization's delegation, issued by an organizer. */
    String invitationCode(String conference, String organizationCode) {
        return api.post("/api/v1/delegations/" + delegationOf(conference, organizationCode) + "/invitation",
                user("organizer"), null).expect(201).body().path("code").asText();
    }

    /** Mail the SMTP server received for one address, in arrival order. */
    /**
     * The text of every mail received so far, by recipient: one pass over the server's mails, where
     * asking {@link #mailTo} for each of hundreds of people decodes all of them each time, holding the
     * server's store (and its deliveries) for as long.
     */
    Map<String, List<String>> mailTextsByRecipient() {
        Map<String, List<String>> texts = new HashMap<>();
        stack.smtp().received().forEach(m -> m.to().forEach(to -> texts.computeIfAbsent(to, t -> new ArrayList<>()).add(m.text())));
        return texts;
    }

    List<ReceivedMail> mailTo(String address) {
        return stack.smtp().received().stream().filter(m -> m.to().contains(address)).toList();
    }

    /** Waits until a mail to {@code address} matching {@code what} has arrived. */
    ReceivedMail awaitMail(String address, Predicate<ReceivedMail> what) {
        return await("a mail to " + address, MAIL_WAIT,
                () -> mailTo(address).stream().filter(what).findFirst().orElse(null));
    }

    /** Every email the notification service made for an address, whatever its status (organizer's view). */
    List<JsonNode> mailDeliveriesTo(String address) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = api.get("/api/v1/mail-deliveries?limit=200" + cursor, user("organizer")).expect(200).body();
            page.path("items").forEach(d -> {
                if (d.path("email").asText().equalsIgnoreCase(address)) {
                    found.add(d);
                }
            });
            cursor = page.hasNonNull("nextCursor")
                    ? "&cursor=" + URLEncoder.encode(page.get("nextCursor").asText(), StandardCharsets.UTF_8) : null;
        } while (cursor != null);
        return found;
    }

    /** Polls until {@code probe} gives a value (not null), or fails naming what was awaited. */
    static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
            }
            ChildProcess.sleep(Duration.ofMillis(500));
        }
    }

    /** One line of what a scenario saw, for the build log (the figures a reader of the run wants). */
    static void report(String scenario, String observed, Object... values) {
        System.out.printf("[end-to-end] %s: %s%n", scenario, observed.formatted(values));
    }

    static void pause(Duration duration) {
        ChildProcess.sleep(duration);
    }

    static boolean isProblem(Answer answer) {
        return answer.header("Content-Type") != null && answer.header("Content-Type").startsWith("application/problem+json")
                && answer.body().path("status").asInt() == answer.status();
    }

    @Override
    public void close() {
        stack.close();
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives scenarios the one platform of this test run; JUnit closes it after the last scenario. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Platform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Platform.class))
                    .computeIfAbsent(Platform.class, key -> start(), Platform.class);
        }
    }
}
