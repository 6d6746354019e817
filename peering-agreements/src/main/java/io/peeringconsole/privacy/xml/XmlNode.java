package io.peeringconsole.privacy.xml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element as our parser keeps it: small, immutable, and free of any DOM or parser state. */
record XmlNode(String namespace, String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    boolean is(String expectedNamespace, String expectedName) {
        return namespace.equals(expectedNamespace) && name.equals(expectedName);
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName)).map(String::strip);
    }

    String trimmedText() {
        return text.strip();
    }

    /** How a person recognises the element in a message, e.g. {@code <pr:provide-mood>}. */
    String describe() {
        return "<" + Namespaces.prefixOf(namespace) + name + ">";
    }
}
