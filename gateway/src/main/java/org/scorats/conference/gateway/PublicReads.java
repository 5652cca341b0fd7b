package org.scorats.conference.gateway;

import java.util.regex.Pattern;

/**
 * The published program and its exports, read without a token (the {@code public-read} permission
 * in application.properties): meant for any frontend, so open to any origin and served from the
 * gateway's cache.
 */
final class PublicReads {

    private static final Pattern PATH = Pattern.compile("^/api/v1/conferences/[^/]+/program(/.*)?$");

    private PublicReads() {
    }

    static boolean covers(String method, String normalizedPath) {
        return ("GET".equals(method) || "HEAD".equals(method)) && covers(normalizedPath);
    }

    static boolean covers(String normalizedPath) {
        return normalizedPath != null && PATH.matcher(normalizedPath).matches();
    }
}
