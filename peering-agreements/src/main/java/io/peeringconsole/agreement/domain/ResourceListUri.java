package io.peeringconsole.agreement.domain;

import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URI of a public group (resource list, RFC 5344 section 2.2) of a local domain: {@code sip:user@domain} or
 * {@code xmpp:user@domain}, nothing more. Parsed strictly, because it ends up in every gateway's configuration and in
 * peers' subscriptions: no parameters, headers, ports, passwords, resources, escapes or IP addresses, and the host is
 * exactly the local domain (compared in normal form, so look-alike letters do not pass).
 *
 * @param scheme {@code sip} or {@code xmpp}
 * @param user   the user part, lower case
 * @param domain the host, in normal form
 */
public record ResourceListUri(String scheme, String user, String domain) {

    public static final int MAX_LENGTH = 320;
    private static final int MAX_USER = 64;
    private static final String FIELD = "uri";
    private static final Pattern USER = Pattern.compile("[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?");
    private static final String EXAMPLE = "for example sip:support@";

    /** Parses {@code raw} as a resource-list URI of {@code localDomain} (normal form). */
    public static ResourceListUri parse(String raw, String localDomain) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw refuse("Enter the URI of the list, " + EXAMPLE + localDomain + ".");
        }
        if (text.length() > MAX_LENGTH) {
            throw refuse("A list URI may have at most " + MAX_LENGTH + " characters; this one has " + text.length()
                    + ".");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw refuse(SafeText.quote(text) + " contains spaces or control characters; type the URI without them.");
        }
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("sip") && !scheme.equals("xmpp")) {
            throw refuse(SafeText.quote(text) + " is not a sip: or xmpp: URI; write it as " + EXAMPLE + localDomain
                    + " or xmpp:support@" + localDomain + ".");
        }
        String rest = text.substring(colon + 1);
        refuseExtras(text, rest);
        return fromParts(text, scheme, rest, localDomain);
    }

    private static void refuseExtras(String text, String rest) {
        String quoted = SafeText.quote(text);
        if (rest.startsWith("//")) {
            throw refuse(quoted + " has an authority part ('//'); write the user and domain right after the"
                    + " scheme, " + EXAMPLE + "example.com.");
        }
        for (char c : new char[] {';', '?', '#', '/', '%', ':', '[', ']'}) {
            if (rest.indexOf(c) >= 0) {
                throw refuse(quoted + " contains '" + c + "'; " + extraHint(c));
            }
        }
    }

    private static String extraHint(char c) {
        return switch (c) {
            case ';' -> "URI parameters (such as ;transport=) are not allowed in a list URI.";
            case '?' -> "headers or queries are not allowed in a list URI.";
            case '#' -> "fragments are not allowed in a list URI.";
            case '/' -> "paths and XMPP resources are not allowed in a list URI.";
            case '%' -> "percent escapes are not allowed; use letters, digits and . _ + - in the user part.";
            case ':' -> "a port or a password is not allowed in a list URI.";
            default -> "a list URI names a domain, not an IP address.";
        };
    }

    private static ResourceListUri fromParts(String text, String scheme, String rest, String localDomain) {
        int at = rest.indexOf('@');
        if (at < 0 || rest.indexOf('@', at + 1) >= 0) {
            throw refuse(SafeText.quote(text) + " must have exactly one '@' between the user part and the domain, "
                    + EXAMPLE + localDomain + ".");
        }
        String user = rest.substring(0, at).toLowerCase(Locale.ROOT);
        if (user.isEmpty() || user.length() > MAX_USER || !USER.matcher(user).matches()) {
            throw refuse(SafeText.quote(text) + " needs a user part of 1 to " + MAX_USER + " letters, digits and"
                    + " . _ + - (starting and ending with a letter or digit), " + EXAMPLE + localDomain + ".");
        }
        String host = DomainName.parse(rest.substring(at + 1), FIELD).asString();
        if (!host.equals(localDomain)) {
            throw refuse("The domain of " + SafeText.quote(text) + " is " + host + ", but a public group of "
                    + localDomain + " must use exactly that domain, " + EXAMPLE + localDomain + ".");
        }
        return new ResourceListUri(scheme, user, host);
    }

    private static RuleViolationException refuse(String message) {
        return new RuleViolationException(FIELD, message);
    }

    public String asString() {
        return scheme + ":" + user + "@" + domain;
    }

    @Override
    public String toString() {
        return asString();
    }
}
