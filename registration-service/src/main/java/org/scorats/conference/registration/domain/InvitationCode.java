package org.scorats.conference.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code a delegation's partner, head or the organizers hand to the people who may register
 * themselves into it, e.g. {@code K7QF-3MXD-9PWA}: twelve characters of an alphabet without the
 * look-alikes 0/O and 1/I/L, 59 bits, so guessing it through a rate-limited API is hopeless.
 *
 * <p>Only its SHA-256 digest is stored (the code is random and long, so a slow hash adds
 * nothing): a database reader cannot join a delegation, and a lost code is replaced, not shown.
 */
public final class InvitationCode {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The digest of a code as typed: case, spaces and dashes do not matter. */
    public static byte[] digest(String code) {
        String normalized = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compared in constant time, so timing tells nothing about how close a guess came. */
    public static boolean matches(byte[] storedDigest, String code) {
        return storedDigest != null && code != null && !code.isBlank()
                && MessageDigest.isEqual(storedDigest, digest(code));
    }
}
