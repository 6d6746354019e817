package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import io.peeringconsole.rules.SafeText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The messages by which the reader refuses content, each saying where the problem is and what to write instead. */
final class Refusals {

    private Refusals() {
    }

    static PrivacyInputException unsupported(XmlNode node, String where, String expected) {
        return new PrivacyInputException(Problem.UNSUPPORTED_ELEMENT, node.describe() + " is not supported inside "
                + where + ". Expected " + expected + ". Other elements are refused rather than silently ignored,"
                + " so that the rules mean exactly what their author wrote (an ignored condition would grant too"
                + " much).");
    }

    static PrivacyInputException invalid(String message) {
        return new PrivacyInputException(Problem.INVALID_VALUE, message);
    }

    static void expect(XmlNode node, String namespace, String name, String where) {
        if (!node.is(namespace, name)) {
            throw unsupported(node, where, "<" + Namespaces.prefixOf(namespace) + name + ">");
        }
    }

    static String required(XmlNode node, String attribute, String example) {
        return node.attribute(attribute).filter(value -> !value.isEmpty()).orElseThrow(() -> invalid(
                node.describe() + " needs the " + attribute + " attribute, for example " + example + "."));
    }

    static boolean bool(XmlNode node) {
        return switch (node.trimmedText()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw invalid(node.describe() + " must be true or false, not "
                    + SafeText.quote(node.trimmedText()) + ".");
        };
    }

    static Instant dateTime(XmlNode node) {
        try {
            return OffsetDateTime.parse(node.trimmedText()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(node.describe() + " must be a date and time with its offset, for example"
                    + " 2026-03-01T09:00:00+01:00, not " + SafeText.quote(node.trimmedText()) + ".");
        }
    }
}
