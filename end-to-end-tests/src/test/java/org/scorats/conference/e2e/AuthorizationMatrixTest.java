package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, proven against the running platform: every operation of the committed
 * contract (docs/openapi.yaml) is called through the gateway by each kind of caller, and the
 * answer must be the one {@code authorization-matrix.txt} declares. A refused write must leave
 * what it aimed at exactly as it was. The token checks are repeated directly at each service, so
 * a service never relies on the gateway alone. An operation added to the contract without a row
 * in the table, or without a way to call it here, fails the test.
 */
@Order(6)
@ExtendWith(Platform.Extension.class)
class AuthorizationMatrixTest {

    private static final Path MATRIX = Path.of("src/test/resources/authorization-matrix.txt");
    private static final Path CONTRACT = Path.of("../docs/openapi.yaml");
    /** CSV exports and calendars as well as JSON. */
    static final Map<String, String> ANY = Map.of("Accept", "*/*");

    private final Platform platform;
    private final ApiClient api;

    AuthorizationMatrixTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixDeclares() {
        Map<String, Map<Caller, Integer>> matrix = AuthorizationMatrix.read(MATRIX);
        TreeSet<String> operations = contractOperations();
        assertThat(matrix.keySet()).as("rows of authorization-matrix.txt for operations of the contract")
                .containsExactlyInAnyOrderElementsOf(operations);
        assertThat(MatrixRecipes.OPERATIONS).as("a way to call each operation").containsExactlyInAnyOrderElementsOf(operations);

        List<String> mismatches = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.newSecret())) {
            MatrixWorld world = MatrixWorld.build(platform, receiver);
            for (String operation : operations) {
                Map<Caller, Integer> expected = matrix.get(operation);
                Map<Caller, Integer> answers = new LinkedHashMap<>();
                // Refusals first, so the successes of the same row cannot change what they see.
                List<Caller> order = new ArrayList<>(List.of(Caller.values()));
                order.sort((a, b) -> Boolean.compare(expected.get(a) < 300, expected.get(b) < 300));
                for (Caller caller : order) {
                    MatrixRecipes.Call call = MatrixRecipes.call(operation, world, caller);
                    String before = call.probe() == null ? null : world.probe(call.probe());
                    Answer answer = api.send(call.method(), call.path(), world.token(caller), call.body(), call.headers());
                    answers.put(caller, answer.status());
                    if (answer.status() != expected.get(caller)) {
                        mismatches.add("%s as %s: expected %d, got %d %s".formatted(operation, caller.column(),
                                expected.get(caller), answer.status(), answer.text() == null ? "" : answer.text()
                                        .substring(0, Math.min(300, answer.text().length()))));
                    }
                    if (answer.status() >= 400) {
                        assertThat(Platform.isProblem(answer)).as("%s as %s answers problem+json: %s", operation,
                                caller.column(), answer.text()).isTrue();
                    }
                    if (before != null && answer.status() >= 400) {
                        assertThat(world.probe(call.probe())).as("%s refused to %s changed nothing", operation,
                                caller.column()).isEqualTo(before);
                    }
                }
                observed.add(AuthorizationMatrix.row(operation, answers));
            }
        }
        writeObserved(observed);
        assertThat(mismatches).as("answers that differ from authorization-matrix.txt (observed table in "
                + "target/authorization-matrix-observed.txt)").isEmpty();
    }

    /**
     * Straight at each service, past the gateway: no token, a token whose signature was tampered
     * with, and a token whose roles were rewritten under the organizer's signature are all 401 on
     * every operation that is not public.
     */
    @Test
    void eachServiceChecksTokensItselfOnEveryProtectedOperation() {
        Map<String, Map<Caller, Integer>> matrix = AuthorizationMatrix.read(MATRIX);
        String organizer = platform.user("organizer");
        String[] parts = organizer.split("\\.");
        String badSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"organizer\"", "\"admin\"");
        String rewritten = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        int checked = 0;
        for (String service : StackConfig.SERVICES) {
            ApiClient direct = new ApiClient(platform.stack().config().url(service));
            JsonNode paths = direct.get("/q/openapi?format=json", null).expect(200).body().path("paths");
            for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
                for (var method : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    String operation = method.getKey().toUpperCase() + " " + path.getKey();
                    if (!matrix.containsKey(operation) || matrix.get(operation).get(Caller.ANONYMOUS) != 401) {
                        continue; // public, or the matrix test reports the missing row
                    }
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
                    for (String token : new String[]{null, badSignature, rewritten}) {
                        Answer answer = direct.send(method.getKey().toUpperCase(), concrete, token, null, ANY);
                        assertThat(answer.status()).as("%s at %s with %s", operation, service,
                                token == null ? "no token" : token == badSignature ? "a tampered signature" : "rewritten roles")
                                .isEqualTo(401);
                        checked++;
                    }
                }
            }
        }
        Platform.report("authorization matrix", "%d token checks straight at the services, all 401", checked);
        assertThat(checked).isGreaterThan(150);
    }

    private static String flip(String signature) {
        char last = signature.charAt(signature.length() / 2);
        return signature.substring(0, signature.length() / 2) + (last == 'A' ? 'B' : 'A')
                + signature.substring(signature.length() / 2 + 1);
    }

    private static TreeSet<String> contractOperations() {
        try {
            JsonNode contract = new YAMLMapper().readTree(CONTRACT.toFile());
            TreeSet<String> operations = new TreeSet<>();
            contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeObserved(List<String> rows) {
        try {
            Path out = Path.of("target/authorization-matrix-observed.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who calls, in the order of the matrix's columns. */
    enum Caller {
        ANONYMOUS("anon"), DELEGATE_A("delA"), DELEGATE_B("delB"), PARTNER_CIS("cis"), PARTNER_CSTO("csto"),
        NO_ROLE("none"), ORGANIZER("org"), ADMIN("admin"), DOOR("door");

        private final String column;

        Caller(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /** The table: one row per operation, one expected status per caller. */
    static final class AuthorizationMatrix {

        static Map<String, Map<Caller, Integer>> read(Path file) {
            Map<String, Map<Caller, Integer>> rows = new HashMap<>();
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.trim().split("\\s+");
                    assertThat(cells).as("method, path and %d statuses: %s", Caller.values().length, line)
                            .hasSize(2 + Caller.values().length);
                    Map<Caller, Integer> statuses = new LinkedHashMap<>();
                    for (Caller caller : Caller.values()) {
                        statuses.put(caller, Integer.parseInt(cells[2 + caller.ordinal()]));
                    }
                    assertThat(rows.put(cells[0] + " " + cells[1], statuses)).as("one row for " + cells[1]).isNull();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        static String row(String operation, Map<Caller, Integer> answers) {
            String[] parts = operation.split(" ");
            StringBuilder row = new StringBuilder("%-7s%-83s".formatted(parts[0], parts[1]));
            for (Caller caller : Caller.values()) {
                row.append("%6d".formatted(answers.get(caller)));
            }
            return row.toString();
        }
    }
}
