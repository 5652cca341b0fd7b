package org.scorats.conference.registration.domain;

import java.security.SecureRandom;

/**
 * Random codes people read off paper and type: Crockford's base32, without I, L, O and U, so
 * nothing is misread at a door or an embassy counter (badge codes, document references).
 */
final class ReadableCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    /** {@code length} characters, five random bits each. */
    static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
