package io.peeringconsole.privacy.rules;

import java.util.Comparator;

/** A {@code <provide-unknown-attribute ns="..." name="...">true</...>} grant for an element of another namespace. */
public record UnknownAttribute(String namespace, String name) implements Comparable<UnknownAttribute> {

    private static final Comparator<UnknownAttribute> ORDER =
            Comparator.comparing(UnknownAttribute::namespace).thenComparing(UnknownAttribute::name);

    public UnknownAttribute {
        if (namespace == null || namespace.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("provide-unknown-attribute needs both ns and name.");
        }
    }

    @Override
    public int compareTo(UnknownAttribute other) {
        return ORDER.compare(this, other);
    }
}
