package org.scorats.conference.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract as client developers' own tools see it, with the versions pinned in
 * src/test/contract-tools' lock file (installed from the npm registry, run with the machine's
 * Node.js): Redocly's linter finds no error, and a TypeScript client generated from it compiles a
 * program that reads the Chinese program and upserts a participant with {@code tsc --strict}.
 */
class ContractToolsTest {

    private static final Path TOOLS = Path.of("src/test/contract-tools");
    private static final Path WORK = Path.of("target/contract-tools");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void installTheTools() throws Exception {
        Files.createDirectories(WORK.resolve("client"));
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml", "tsconfig.json",
                "client/conference-client.ts")) {
            Files.copy(TOOLS.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(WORK.resolve("node_modules/.bin/tsc"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
        }
    }

    @Test
    void redoclyFindsNoErrorInTheContract() throws Exception {
        String report = run(List.of("node_modules/.bin/redocly", "lint", contract(), "--format=json",
                "--config", "redocly.yaml"), 300);
        JsonNode lint = JSON.readTree(report);
        List<String> errors = new ArrayList<>();
        lint.path("problems").forEach(problem -> {
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(problem.path("ruleId").asText() + ": " + problem.path("message").asText() + " at "
                        + problem.path("location").path(0).path("pointer").asText());
            }
        });
        System.out.printf("[contract] redocly lint: %d errors, %d warnings%n", lint.path("totals").path("errors").asInt(),
                lint.path("totals").path("warnings").asInt());
        assertThat(errors).as("errors Redocly's recommended rules find in docs/openapi.yaml").isEmpty();
    }

    @Test
    void aGeneratedTypeScriptClientCompilesStrictlyWithoutCasts() throws Exception {
        run(List.of("node_modules/.bin/openapi-typescript", contract(), "--output", "client/api.d.ts"), 300);
        String code = Files.readAllLines(WORK.resolve("client/conference-client.ts")).stream()
                .filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith("/**")).reduce("", String::concat);
        assertThat(code).as("no casts, no any").doesNotContain(" as ").doesNotContainPattern("\\bany\\b");
        String compiled = run(List.of("node_modules/.bin/tsc", "--project", "tsconfig.json"), 300);
        assertThat(compiled).as("tsc --strict on client/conference-client.ts").isEmpty();
    }

    private static String contract() {
        return ContractTest.COMMITTED.toAbsolutePath().normalize().toString();
    }

    /** Runs a command in the work folder: what it printed, or a failure naming the command and its errors. */
    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile(WORK.toAbsolutePath(), "out", ".txt");
        Path errors = Files.createTempFile(WORK.toAbsolutePath(), "err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(WORK.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            // redocly lint exits 1 when it finds errors; its report says which, so only a missing report fails here.
            if (process.exitValue() != 0 && !printed.contains("\"totals\"")) {
                throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + printed + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return printed;
        } finally {
            Files.delete(output);
            Files.delete(errors);
        }
    }
}
