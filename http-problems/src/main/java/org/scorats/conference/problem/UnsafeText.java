package org.scorats.conference.problem;

/**
 * Characters no field of this API carries: control characters (NUL above all, which PostgreSQL
 * cannot store and which end strings early in C-based tools), the bidirectional embedding,
 * override and isolate controls (they make a name display as something else in mails and
 * exports), and lone surrogates (not text at all; they break UTF-8 encoders downstream).
 * Tab, line feed and carriage return are allowed where text may span lines.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** Why {@code text} may not be accepted, or null if it may. Line breaks and tabs are allowed only if {@code multiline}. */
    public static String problem(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return "contains the control character " + codePoint(c);
            }
            if (isBidiControl(c)) {
                return "contains the bidirectional control character " + codePoint(c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate " + codePoint(c) + ", which is not text";
            }
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
