package org.scorats.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK the services and the gateway run on: the launcher's own unless {@code --java-home=<dir>}
 * or {@code STACK_JAVA_HOME} names another. Its feature release decides the start-up cache a
 * service gets ({@link StartupCache}).
 *
 * @param feature the feature release, 17 for 17.0.15
 */
public record JavaRuntime(Path home, int feature) {

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    /** The runtime in {@code home}, read from its {@code release} file as every JDK since 9 has one. */
    public static JavaRuntime of(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            throw new IllegalArgumentException(home + " is not a JDK (no release file or bin/java)");
        }
        try {
            Matcher version = VERSION.matcher(Files.readString(release));
            if (!version.find()) {
                throw new IllegalArgumentException(release + " names no JAVA_VERSION");
            }
            return new JavaRuntime(home, Integer.parseInt(version.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDK {@code STACK_JAVA_HOME} names, else the one running this launcher. */
    public static JavaRuntime of(Map<String, String> environment) {
        String home = environment.get("STACK_JAVA_HOME");
        return home == null || home.isBlank() ? new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version().feature())
                : of(Path.of(home));
    }

    public String java() {
        return home.resolve("bin/java").toString();
    }

    /**
     * JDK 25 writes an ahead-of-time cache from one training run (JEP 514) and keeps the run's method
     * profiles in it (JEP 515); JDK 24's cache needs two steps, so it is treated like 17 to 23.
     */
    public boolean hasAotCache() {
        return feature >= 25;
    }

    @Override
    public String toString() {
        return "JDK " + feature + " (" + home + ")";
    }
}
