package io.peeringconsole.web.rest;

import io.peeringconsole.rules.RuleViolationException;

/**
 * The version a client last saw, which every update and delete must name so that a concurrent edit is
 * detected instead of silently overwritten: from {@code If-Match: "7"}, or from the {@code version} the
 * client sends back.
 */
public final class Versions {

    private Versions() {
    }

    public static long required(String ifMatch, Long fromBody) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String bare = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(bare);
            } catch (NumberFormatException e) {
                throw new RuleViolationException("version", "If-Match must carry the version this record was read at, e.g. \"3\".");
            }
        }
        if (fromBody != null) {
            return fromBody;
        }
        throw new RuleViolationException("version",
                "Say which version you are changing (If-Match header, or 'version' as read from the API) so that a concurrent edit is not overwritten.");
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
