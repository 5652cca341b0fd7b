package org.scorats.conference.gateway;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published program and its exports, read without a token (the {@code public-read} permission
 * in application.properties): meant for any frontend, so open to any origin and served from the
 * gateway's cache.
 */
final class PublicReads {

    /** A conference's program (group 1) and anything below it. */
    private static final Pattern PATH = Pattern.compile("^(/api/v1/conferences/[^/]+/program)(/.*)?$");

    private PublicReads() {
    }

    static boolean covers(String method, String normalizedPath) {
        return isRead(method) && program(normalizedPath).isPresent();
    }

    static boolean covers(String normalizedPath) {
        return program(normalizedPath).isPresent();
    }

    /** The program a change (a release, the seed) went to, whose public reads it makes stale. */
    static Optional<String> changedProgram(String method, String normalizedPath) {
        return isRead(method) ? Optional.empty() : program(normalizedPath);
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static Optional<String> program(String normalizedPath) {
        Matcher matcher = normalizedPath == null ? null : PATH.matcher(normalizedPath);
        return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
