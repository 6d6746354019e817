package io.peeringconsole.audit.domain;

/**
 * Makes text storable exactly as it was hashed. The hash is computed before the row is written, so any change the
 * database would make on the way in (cutting, refusing, replacing characters) has to happen here first, or an intact
 * entry would later look altered.
 * <p>
 * Actor and target fields are cut rather than refused: they are often typed by someone else (a failed login records
 * the user name as typed), and refusing the entry would fail the change it records, or let anyone suppress the record
 * of a failed login by typing a long enough name. A cut value ends with {@value #CUT_MARK} so readers can tell.
 * Before and after states are never cut, because a silently shortened state would misstate what changed; callers get
 * an {@link IllegalArgumentException} instead.
 */
final class StoredText {

    static final int MAX_ACTOR_NAME = 200;
    static final int MAX_ACTOR_ROLE = 100;
    static final int MAX_SOURCE_ADDRESS = 100;
    static final int MAX_ACTION = 100;
    static final int MAX_TARGET_TYPE = 100;
    static final int MAX_TARGET_ID = 300;
    static final int MAX_LOCAL_DOMAIN = 253;
    static final int MAX_STATE = 65536;
    static final String CUT_MARK = "\u2026";

    private static final char REPLACEMENT = '\uFFFD';

    private StoredText() {
    }

    /**
     * Cleans the text and cuts it to {@code max} UTF-16 units, which is never more characters than H2 or PostgreSQL
     * count; a surrogate pair is never split.
     */
    static String bounded(String text, int max) {
        String clean = clean(text);
        if (clean == null || clean.length() <= max) {
            return clean;
        }
        int end = max - CUT_MARK.length();
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + CUT_MARK;
    }

    /**
     * Replaces NUL and unpaired surrogates with U+FFFD: PostgreSQL refuses the first, and UTF-8 cannot carry the
     * second, so either would make the stored text differ from the hashed text.
     */
    static String clean(String text) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == 0 || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
