package io.peeringconsole.audit.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds object keys in JSON text that look like secrets. A small scanner rather than a JSON-P parser, so that the
 * domain needs no JSON implementation at run time and text that is not quite JSON is still scanned.
 * <p>
 * The match is deliberately broad (any key containing one of the words, ignoring case, underscores and hyphens): a
 * wrongly refused key is loud and costs a rename, a secret in the trail is copied into every export and cannot be
 * taken back.
 */
final class SecretKeys {

    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "passphrase", "secret", "token", "privatekey", "apikey");

    private SecretKeys() {
    }

    /** The first key, decoded, whose name looks like a secret; values are never inspected. */
    static Optional<String> firstIn(String json) {
        int i = 0;
        while (i < json.length()) {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder decoded = new StringBuilder();
            i = readString(json, i + 1, decoded);
            if (isKey(json, i) && looksSecret(decoded.toString())) {
                return Optional.of(decoded.toString());
            }
        }
        return Optional.empty();
    }

    static boolean looksSecret(String key) {
        String normalised = key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return SECRET_WORDS.stream().anyMatch(normalised::contains);
    }

    /** Reads a string body starting after its opening quote; returns the index after the closing quote. */
    private static int readString(String json, int start, StringBuilder out) {
        int i = start;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < json.length()) {
                i = readEscape(json, i + 1, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    private static int readEscape(String json, int at, StringBuilder out) {
        char e = json.charAt(at);
        if (e == 'u' && at + 4 < json.length()) {
            try {
                out.append((char) Integer.parseInt(json.substring(at + 1, at + 5), 16));
                return at + 5;
            } catch (NumberFormatException notHex) {
                out.append(e);
                return at + 1;
            }
        }
        out.append(switch (e) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> e;
        });
        return at + 1;
    }

    private static boolean isKey(String json, int afterString) {
        int i = afterString;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i < json.length() && json.charAt(i) == ':';
    }
}
