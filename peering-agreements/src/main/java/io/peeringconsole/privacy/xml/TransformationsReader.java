package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.rules.ComponentSelection;
import io.peeringconsole.privacy.rules.Selector;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.UnknownAttribute;
import io.peeringconsole.privacy.rules.UserInputLevel;
import io.peeringconsole.rules.SafeText;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static io.peeringconsole.privacy.xml.Namespaces.PRES_RULES;

/**
 * Reads {@code <transformations>}. Each provide-* element is read as a transformations value of its own and
 * combined with the others, so a repeated element means what two rules with it would mean.
 */
final class TransformationsReader {

    private static final List<String> SERVICE_SELECTORS =
            List.of("service-uri", "service-uri-scheme", "occurence-id", "class");
    private static final List<String> PERSON_SELECTORS = List.of("occurence-id", "class");
    private static final List<String> DEVICE_SELECTORS = List.of("deviceID", "occurence-id", "class");

    private TransformationsReader() {
    }

    static Transformations read(XmlNode transformations) {
        Transformations combined = Transformations.NONE;
        for (XmlNode child : transformations.children()) {
            if (!PRES_RULES.equals(child.namespace())) {
                throw Refusals.unsupported(child, "<cr:transformations>", "the provide-* elements of RFC 5025");
            }
            combined = combined.combine(one(child));
        }
        return combined;
    }

    private static Transformations one(XmlNode node) {
        Transformations none = Transformations.NONE;
        return switch (node.name()) {
            case "provide-services" -> none.withServices(selection(node, "all-services", SERVICE_SELECTORS));
            case "provide-persons" -> none.withPersons(selection(node, "all-persons", PERSON_SELECTORS));
            case "provide-devices" -> none.withDevices(selection(node, "all-devices", DEVICE_SELECTORS));
            case "provide-user-input" -> none.withUserInput(userInput(node));
            case "provide-unknown-attribute" -> unknownAttribute(node);
            case "provide-all-attributes" -> none.withAllAttributes(true);
            default -> booleanAttribute(node);
        };
    }

    private static ComponentSelection selection(XmlNode node, String allElement, List<String> selectors) {
        boolean all = false;
        Set<Selector> picked = new TreeSet<>();
        for (XmlNode child : node.children()) {
            if (child.is(PRES_RULES, allElement)) {
                all = true;
            } else if (PRES_RULES.equals(child.namespace()) && selectors.contains(child.name())) {
                picked.add(selector(child));
            } else {
                throw Refusals.unsupported(child, node.describe(), "<pr:" + allElement + "/> or one of "
                        + selectors);
            }
        }
        return new ComponentSelection(all, picked);
    }

    private static Selector selector(XmlNode child) {
        if (child.trimmedText().isEmpty()) {
            throw Refusals.invalid(child.describe() + " needs a value, for example <pr:service-uri-scheme>sip"
                    + "</pr:service-uri-scheme>.");
        }
        return new Selector(child.name(), child.trimmedText());
    }

    private static UserInputLevel userInput(XmlNode node) {
        return UserInputLevel.fromToken(node.trimmedText()).orElseThrow(() -> Refusals.invalid(node.describe()
                + " must be false, bare, thresholds or full, not " + SafeText.quote(node.trimmedText()) + "."));
    }

    private static Transformations unknownAttribute(XmlNode node) {
        UnknownAttribute named = new UnknownAttribute(
                Refusals.required(node, "ns", "ns=\"urn:ietf:params:xml:ns:pidf\""),
                Refusals.required(node, "name", "name=\"note\""));
        if (!Refusals.bool(node)) {
            return Transformations.NONE;
        }
        Optional<PresenceAttribute> known = AttributeElements.forUnknownAttribute(named);
        return known.map(attribute -> Transformations.NONE.withAttributes(Set.of(attribute)))
                .orElseGet(() -> Transformations.NONE.withUnknownAttributes(Set.of(named)));
    }

    private static Transformations booleanAttribute(XmlNode node) {
        PresenceAttribute attribute = AttributeElements.forBooleanElement(node.name()).orElseThrow(() ->
                Refusals.unsupported(node, "<cr:transformations>", "the provide-* elements of RFC 5025"));
        return Refusals.bool(node) ? Transformations.NONE.withAttributes(Set.of(attribute)) : Transformations.NONE;
    }
}
