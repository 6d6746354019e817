package io.peeringconsole.access.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for account names: 3 to 64 of a-z, 0-9, '.', '_' and '-', compared in lower case. */
public final class Username {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    private Username() {
    }

    /** The normal form of a new account's name, or a refusal saying what to change. */
    public static String normalise(String raw) {
        String name = lookupKey(raw);
        if (!ALLOWED.matcher(name).matches()) {
            throw new RuleViolationException("username", SafeText.quote(raw) + " is not a valid user name; use "
                    + MIN_LENGTH + " to " + MAX_LENGTH + " characters from a-z, 0-9, '.', '_' and '-'.");
        }
        return name;
    }

    /** The form under which a typed name is looked up at login; never refuses, so unknown names stay unknown. */
    public static String lookupKey(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }
}
