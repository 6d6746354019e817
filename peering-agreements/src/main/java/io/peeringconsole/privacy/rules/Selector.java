package io.peeringconsole.privacy.rules;

import java.util.Comparator;
import java.util.Objects;

/**
 * One selector inside {@code <provide-services>}, {@code <provide-persons>} or {@code <provide-devices>}, such as
 * {@code <service-uri-scheme>sip</service-uri-scheme>}: the RFC 5025 element name and its text.
 */
public record Selector(String element, String value) implements Comparable<Selector> {

    private static final Comparator<Selector> ORDER =
            Comparator.comparing(Selector::element).thenComparing(Selector::value);

    public Selector {
        Objects.requireNonNull(element, "element");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The selector <" + element + "> needs a value.");
        }
        value = value.strip();
    }

    @Override
    public int compareTo(Selector other) {
        return ORDER.compare(this, other);
    }
}
