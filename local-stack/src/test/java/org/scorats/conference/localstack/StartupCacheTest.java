package org.scorats.conference.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which JVM options a start gets: train, use, or nothing; and the runtime the stack is told to use. */
class StartupCacheTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunTrainsTheNextUsesWhatItWroteAndANewBuildTrainsAgain() throws IOException {
        JavaRuntime jdk25 = jdk("jdk-25", "25.0.1", false);
        Path app = build(Instant.parse("2026-12-01T10:00:00Z"));
        StartupCache cache = new StartupCache(jdk25, app);

        assertThat(cache.options(true)).containsExactly("-XX:AOTCacheOutput=" + app.resolve("app-jdk25.aot.training"),
                "-Xlog:cds*=error,aot*=error");
        assertThat(cache.options(false)).as("a second instance neither trains nor uses").isEmpty();
        assertThat(cache.isFresh()).isFalse();

        // What the training JVM wrote on its way out is taken into use at the next start, by every instance.
        touch(app.resolve("app-jdk25.aot.training"), Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(cache.options(true)).containsExactly("-XX:AOTCache=" + app.resolve("app-jdk25.aot"), "-Xlog:cds*=error,aot*=error");
        assertThat(cache.options(false)).containsExactly("-XX:AOTCache=" + app.resolve("app-jdk25.aot"), "-Xlog:cds*=error,aot*=error");
        assertThat(app.resolve("app-jdk25.aot.training")).doesNotExist();

        // A rebuilt jar is newer than the cache: stale, so the first instance trains again.
        touch(app.resolve("app/service.jar"), Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(cache.isFresh()).isFalse();
        assertThat(cache.options(true)).first().isEqualTo("-XX:AOTCacheOutput=" + app.resolve("app-jdk25.aot.training"));
    }

    @Test
    void olderJdksGetAnAppCdsArchiveIfTheyShipTheirOwnClassesArchive() throws IOException {
        Path app = build(Instant.parse("2026-12-01T10:00:00Z"));
        StartupCache cds = new StartupCache(jdk("jdk-17", "17.0.15", true), app);
        assertThat(cds.options(true)).containsExactly("-XX:ArchiveClassesAtExit=" + app.resolve("app-jdk17.jsa.training"),
                "-Xlog:cds*=error");
        touch(app.resolve("app-jdk17.jsa.training"), Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(cds.options(false)).containsExactly("-XX:SharedArchiveFile=" + app.resolve("app-jdk17.jsa"), "-Xlog:cds*=error");
        // Another JDK's cache is not this one's.
        assertThat(new StartupCache(jdk("jdk-21", "21.0.5", true), app).isFresh()).isFalse();

        StartupCache without = new StartupCache(jdk("jdk-17-no-cds", "17.0.15", false), app);
        assertThat(without.isSupported()).isFalse();
        assertThat(without.options(true)).isEmpty();
    }

    @Test
    void theRuntimeIsTheLaunchersUnlessNamedAndMustBeAJdk() throws IOException {
        assertThat(JavaRuntime.of(Map.of()).feature()).isEqualTo(Runtime.version().feature());
        Path home = dir.resolve("jdk-25");
        jdk("jdk-25", "25", false);
        assertThat(JavaRuntime.of(Map.of("STACK_JAVA_HOME", home.toString()))).isEqualTo(new JavaRuntime(home, 25));
        assertThat(JavaRuntime.of(home).hasAotCache()).isTrue();
        assertThatThrownBy(() -> JavaRuntime.of(dir.resolve("nothing"))).hasMessageContaining("is not a JDK");
        StackConfig config = StackConfig.of(Path.of("."), new String[] {"--java-home=" + home, "--no-startup-cache"}, Map.of());
        assertThat(config.runtime().feature()).isEqualTo(25);
        assertThat(config.startupCache()).isFalse();
    }

    private JavaRuntime jdk(String name, String version, boolean classesArchive) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        if (classesArchive) {
            Files.createDirectories(home.resolve("lib/server"));
            Files.writeString(home.resolve("lib/server/classes.jsa"), "archive");
        }
        return JavaRuntime.of(home);
    }

    private Path build(Instant at) throws IOException {
        Path app = dir.resolve("quarkus-app");
        touch(app.resolve("quarkus-run.jar"), at);
        touch(app.resolve("app/service.jar"), at);
        touch(app.resolve("lib/main/library.jar"), at);
        return app;
    }

    private static void touch(Path file, Instant at) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "content");
        Files.setLastModifiedTime(file, FileTime.from(at));
    }
}
