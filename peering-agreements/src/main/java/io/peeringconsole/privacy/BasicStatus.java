package io.peeringconsole.privacy;

import java.util.Locale;

/** The PIDF basic status of a presentity (RFC 3863). */
public enum BasicStatus {
    OPEN,
    CLOSED;

    /** The PIDF token, {@code open} or {@code closed}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    static boolean isToken(String value) {
        return OPEN.token().equals(value) || CLOSED.token().equals(value);
    }
}
