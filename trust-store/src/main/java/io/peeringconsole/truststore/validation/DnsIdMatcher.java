package io.peeringconsole.truststore.validation;

import java.util.Locale;

/**
 * RFC 6125 §6.4 DNS-ID matching. A wildcard counts only as the whole left-most label and stands for exactly one
 * label: {@code *.example.net} matches {@code xmpp.example.net} but neither {@code example.net} nor
 * {@code a.b.example.net}; partial wildcards such as {@code f*.example.net} and wildcards over a single remaining
 * label such as {@code *.net} match nothing.
 */
final class DnsIdMatcher {

    private DnsIdMatcher() {
    }

    static boolean matches(String presented, String reference) {
        String pattern = normalise(presented);
        String domain = normalise(reference);
        if (pattern.isEmpty() || domain.isEmpty() || domain.contains("*")) {
            return false;
        }
        if (!pattern.contains("*")) {
            return pattern.equals(domain);
        }
        if (!pattern.startsWith("*.")) {
            return false;
        }
        String parent = pattern.substring(2);
        if (parent.contains("*") || !parent.contains(".")) {
            return false;
        }
        int firstDot = domain.indexOf('.');
        return firstDot > 0 && domain.substring(firstDot + 1).equals(parent);
    }

    private static String normalise(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        // An absolute name ("example.net.") is the same name; DNS-IDs are compared without the root label.
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
