package io.peeringconsole.rules.application;

import java.util.Locale;

/**
 * What a person typed into a search field, as the operand of a JPQL {@code like ... escape '!'}: their {@code %} and
 * {@code _} are matched as themselves, not as wildcards. '!' rather than backslash is the escape character because no
 * SQL dialect or string-literal rule gives it a meaning of its own.
 */
public final class LikePattern {

    /** The escape character to name in the query: {@code like :text escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** {@code text} with the escape character and both wildcards escaped. */
    public static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Matches values containing {@code text}, compared in lower case; null when there is nothing to search for. */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null
                : "%" + escaped(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
