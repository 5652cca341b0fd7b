package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer tries the API in Swagger UI at the gateway, in a real headless Chromium (Debian's
 * package, installed here when missing): the secured operation answers 401 before Authorize;
 * Authorize runs the authorization code flow with PKCE through Keycloak's own login page as the
 * demo organizer; then the same operation answers 200. The browser is driven by
 * src/test/browser/swagger-ui-authorize.mjs with playwright-core from the npm registry (pinned in
 * its lock file; it downloads no browser). The screenshot lands in target/swagger-ui-authorized.png.
 */
@Order(5)
@ExtendWith(Platform.Extension.class)
class SwaggerUiTest {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Path WORK = Path.of("target/browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Platform platform;

    SwaggerUiTest(Platform platform) {
        this.platform = platform;
    }

    @Test
    void authorizeSignsInWithTheCodeFlowAndTryItOutGetsA200() throws Exception {
        installChromium();
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "swagger-ui-authorize.mjs")) {
            Files.copy(SCRIPTS.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(WORK.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), WORK, 600);
        }
        Path screenshot = Path.of("target/swagger-ui-authorized.png").toAbsolutePath();
        String printed = run(List.of("node", "swagger-ui-authorize.mjs", platform.stack().config().url(StackConfig.GATEWAY),
                "organizer", "organizer", "Conferences", "listConferences", screenshot.toString()), WORK, 300);

        JsonNode result = new ObjectMapper().readTree(printed.lines().reduce((first, last) -> last).orElse("{}"));
        Platform.report("swagger-ui", "listConferences answered %s before Authorize, %s after", result.path("before").path("status"),
                result.path("after").path("status"));
        assertThat(result.path("before").path("status").asInt()).as("before Authorize").isEqualTo(401);
        assertThat(result.path("before").path("body").asText()).contains("urn:conference:problem:unauthorized");
        assertThat(result.path("after").path("status").asInt()).as("after Authorize").isEqualTo(200);
        assertThat(result.path("after").path("body").asText()).as("the page of conferences").startsWith("{").contains("\"items\"");
        assertThat(result.path("pageErrors")).as("errors in the page").isEmpty();
        assertThat(screenshot).isNotEmptyFile();
    }

    /** Debian's Chromium, as CI machines start without it; only root may install it. */
    private static void installChromium() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        assertThat(ProcessHandle.current().info().user().orElse("")).as("Chromium is missing and only root may install it: "
                + "apt-get install chromium").isEqualTo("root");
        // A fresh machine may not have read the package lists yet.
        run(List.of("apt-get", "update"), Path.of("."), 600);
        run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"), Path.of("."), 900);
    }

    /** What the command printed; a failure naming the command and its errors when it exits non-zero. */
    private static String run(List<String> command, Path directory, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("out", ".txt");
        Path errors = Files.createTempFile("err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile());
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
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
