package io.peeringconsole.rules;

/**
 * Makes text a person typed (or an attacker sent) safe to repeat in a message or an audit entry: control characters
 * removed, length bounded. Also the one place that says what "blank" and "has control characters" mean.
 */
public final class SafeText {

    private static final int QUOTE_LIMIT = 80;

    private SafeText() {
    }

    /** The input in double quotes, control characters removed, at most 80 characters shown. */
    public static String quote(String raw) {
        return "\"" + truncate(withoutControlCharacters(raw), QUOTE_LIMIT) + "\"";
    }

    /** At most {@code maxCodePoints} code points of the input without control characters; "" for null. */
    public static String bounded(String raw, int maxCodePoints) {
        return truncate(withoutControlCharacters(raw), maxCodePoints);
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isISOControl);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Trimmed text, or null when nothing but white space was given. */
    public static String trimToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static String withoutControlCharacters(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)) + "…";
    }
}
