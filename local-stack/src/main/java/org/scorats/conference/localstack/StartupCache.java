package org.scorats.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a Quarkus application's JVM keeps from one run to start the next one faster: on JDK 25 and
 * later an ahead-of-time cache (JEP 483/514/515: the classes loaded and linked, and the methods'
 * profiles), on earlier JDKs an AppCDS archive of the loaded classes. Both only hold classes of the
 * JVM's own class loaders, which is why the applications are packaged as Quarkus's {@code aot-jar}.
 *
 * <p>No separate training step: the first instance of a part runs as the training run, and its
 * JVM writes the cache when the part stops cleanly (SIGTERM, as Ctrl-C does); every later start maps
 * it. It is written under a training name and taken into use only at the next start, so a run killed
 * while writing leaves nothing half-written in use. A build newer than the cache makes it stale, and
 * the next run trains again; a JDK that finds the cache unusable runs without it.
 *
 * @param app the application's {@code target/quarkus-app} folder
 */
public record StartupCache(JavaRuntime runtime, Path app) {

    /** The cache of {@code module} (a service or the gateway) for the stack's runtime. */
    public static StartupCache of(StackConfig config, String module) {
        return new StartupCache(config.runtime(), config.repository().resolve(module).resolve("target/quarkus-app"));
    }

    /** Named after the JDK's release: another JDK's cache would be refused without a word, and never retrained. */
    Path file() {
        return app.resolve("app-jdk" + runtime.feature() + (runtime.hasAotCache() ? ".aot" : ".jsa"));
    }

    private Path training() {
        return app.resolve(file().getFileName() + ".training");
    }

    /**
     * The JVM options for the next start: map the cache if it is fresh, else record one if this
     * instance trains, else none.
     */
    List<String> options(boolean trains) {
        if (!isSupported()) {
            return List.of();
        }
        promoteTraining();
        // Errors only: the warnings name, start after start, the classes a cache cannot hold.
        String quiet = "-Xlog:cds*=error" + (runtime.hasAotCache() ? ",aot*=error" : "");
        if (isFresh()) {
            return List.of((runtime.hasAotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file(), quiet);
        }
        if (trains) {
            return List.of((runtime.hasAotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + training(), quiet);
        }
        return List.of();
    }

    /**
     * JDK 25's cache stands alone; an AppCDS archive of the application's classes is dynamic, on top of
     * the JDK's own archive of its classes, which some JDK builds do not ship.
     */
    public boolean isSupported() {
        return runtime.hasAotCache() || Files.isRegularFile(runtime.home().resolve("lib/server/classes.jsa"));
    }

    /** Whether a cache is there and newer than every file of the build it was made from. */
    public boolean isFresh() {
        try {
            if (!Files.isRegularFile(file()) || Files.size(file()) == 0) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(file());
            try (Stream<Path> build = Files.walk(app)) {
                return build.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("app-jdk"))
                        .allMatch(f -> lastModified(f).compareTo(made) < 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void promoteTraining() {
        try {
            if (Files.isRegularFile(training()) && Files.size(training()) > 0) {
                Files.move(training(), file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
