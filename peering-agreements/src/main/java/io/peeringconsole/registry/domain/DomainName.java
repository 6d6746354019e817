package io.peeringconsole.registry.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fully qualified DNS name in its normal form: ASCII (internationalised labels as punycode), lower case, without the
 * trailing dot. Two spellings of the same domain become equal here, which is what lets the database enforce that a
 * domain belongs to one peer network only.
 */
public final class DomainName implements Comparable<DomainName> {

    private static final int MAX_NAME_OCTETS = 253;
    private static final int MAX_LABEL_OCTETS = 63;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    // IDNA treats these as label separators too, so a name typed with an ideographic full stop still splits.
    private static final Pattern IDEOGRAPHIC_DOTS = Pattern.compile("[\u3002\uFF0E\uFF61]");

    private final String value;

    private DomainName(String value) {
        this.value = value;
    }

    /** Normalises and checks {@code raw}; refusals name the field {@code domain}. */
    public static DomainName parse(String raw) {
        return parse(raw, "domain");
    }

    /** Normalises and checks {@code raw}; refusals name {@code field} so that forms can point at the right input. */
    public static DomainName parse(String raw, String field) {
        String name = raw == null ? "" : raw.strip();
        var refusal = new Refusal(field, name);
        if (name.isEmpty()) {
            throw new RuleViolationException(field, "Enter a domain name, for example example.net.");
        }
        refuseNonNames(name, refusal);
        name = IDEOGRAPHIC_DOTS.matcher(name).replaceAll(".");
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (IPV4.matcher(name).matches()) {
            throw refusal.isAnAddress();
        }
        List<String> labels = new ArrayList<>();
        for (String label : name.split("\\.", -1)) {
            labels.add(DomainLabel.toAscii(label, refusal));
        }
        return fromLabels(labels, refusal);
    }

    private static void refuseNonNames(String name, Refusal refusal) {
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw refusal.because("contains control characters; type the domain name again without them.");
        }
        if (name.indexOf('*') >= 0) {
            throw refusal.because("is a wildcard; register the exact domain, without '*'.");
        }
        if (name.contains("://")) {
            throw refusal.because("is a URL; enter only the domain name, for example example.net.");
        }
        if (name.indexOf(':') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
            throw refusal.isAnAddress();
        }
    }

    private static DomainName fromLabels(List<String> labels, Refusal refusal) {
        String ascii = String.join(".", labels);
        if (ascii.length() > MAX_NAME_OCTETS) {
            throw refusal.because("is " + ascii.length() + " characters long; a domain name may have at most "
                    + MAX_NAME_OCTETS + ".");
        }
        if (labels.size() < 2) {
            throw refusal.because("has only one label; a peer domain needs at least two labels such as example.net.");
        }
        if (ALL_DIGITS.matcher(labels.getLast()).matches()) {
            throw refusal.because("ends in an all-numeric label; a top-level domain is never all digits.");
        }
        return new DomainName(ascii);
    }

    /** The normal form, as stored and compared. */
    public String asString() {
        return value;
    }

    /** The name as a person reads it, internationalised labels decoded. */
    public String toUnicode() {
        return IDN.toUnicode(value);
    }

    @Override
    public int compareTo(DomainName other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DomainName that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /** One DNS label, from what was typed to its ASCII normal form. */
    private static final class DomainLabel {

        private static final Pattern LDH = Pattern.compile("[a-z0-9-]+");

        static String toAscii(String label, Refusal refusal) {
            if (label.isEmpty()) {
                throw refusal.because("has an empty label (a leading dot or two dots in a row); remove the extra dot.");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw refusal.because("has a label that starts or ends with a hyphen (" + Refusal.quote(label)
                        + "); labels must start and end with a letter or digit.");
            }
            String ascii = encode(label, refusal).toLowerCase(Locale.ROOT);
            if (ascii.length() > MAX_LABEL_OCTETS) {
                throw refusal.because("has a label of " + ascii.length() + " characters; each label (the part between"
                        + " dots) may have at most " + MAX_LABEL_OCTETS + ".");
            }
            if (!LDH.matcher(ascii).matches()) {
                throw refusal.because("contains " + Refusal.quote(firstIllegal(ascii))
                        + ", which is not allowed; use letters, digits, hyphens and dots only.");
            }
            return ascii;
        }

        private static String encode(String label, Refusal refusal) {
            if (label.chars().allMatch(c -> c < 0x80)) {
                return label;
            }
            try {
                return IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException notIdn) {
                throw refusal.because("contains characters that are not allowed in an internationalised domain name.");
            }
        }

        private static String firstIllegal(String ascii) {
            return ascii.codePoints()
                    .filter(c -> !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'))
                    .mapToObj(Character::toString)
                    .findFirst()
                    .orElse("?");
        }
    }
}
