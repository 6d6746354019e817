package io.peeringconsole.privacy.rules;

import java.util.Locale;

/**
 * How watcher URIs and domains are compared. Scheme and host are case-insensitive (RFC 3986), the user part is not;
 * so both are lower-cased and the user part kept as written. Everything that matches identities goes through here,
 * so that a rule and a watcher list can never disagree about who someone is.
 */
public final class Identities {

    private Identities() {
    }

    /** The URI with scheme and host lower-cased, e.g. {@code sip:Alice@example.net}. */
    public static String normalize(String uri) {
        String trimmed = requireText(uri, "identity").strip();
        int colon = trimmed.indexOf(':');
        int at = trimmed.lastIndexOf('@');
        String scheme = colon < 0 ? "" : trimmed.substring(0, colon + 1).toLowerCase(Locale.ROOT);
        if (at < 0) {
            return scheme + trimmed.substring(colon + 1).toLowerCase(Locale.ROOT);
        }
        return scheme + trimmed.substring(colon + 1, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The domain an identity belongs to: its host, without port or parameters. */
    public static String domainOf(String uri) {
        String normalized = normalize(uri);
        int at = normalized.lastIndexOf('@');
        String host = at >= 0 ? normalized.substring(at + 1) : normalized.substring(normalized.indexOf(':') + 1);
        int end = host.length();
        for (char stop : new char[] {':', ';', '?', '/', '>'}) {
            int index = host.indexOf(stop);
            if (index >= 0) {
                end = Math.min(end, index);
            }
        }
        return host.substring(0, end);
    }

    public static String normalizeDomain(String domain) {
        return requireText(domain, "domain").strip().toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An empty " + what + " cannot be matched.");
        }
        return value;
    }
}
