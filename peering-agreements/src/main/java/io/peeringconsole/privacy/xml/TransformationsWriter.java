package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.rules.ComponentSelection;
import io.peeringconsole.privacy.rules.Selector;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.UnknownAttribute;
import io.peeringconsole.privacy.rules.UserInputLevel;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;

import static io.peeringconsole.privacy.xml.Namespaces.COMMON_POLICY;
import static io.peeringconsole.privacy.xml.Namespaces.PRES_RULES;

/** Writes {@code <transformations>}: components first, then attributes in a fixed order. */
final class TransformationsWriter {

    private final IndentingXmlWriter out;

    TransformationsWriter(IndentingXmlWriter out) {
        this.out = out;
    }

    void write(Transformations transformations) throws XMLStreamException {
        out.start(COMMON_POLICY, "transformations");
        selection("provide-services", "all-services", transformations.services());
        selection("provide-persons", "all-persons", transformations.persons());
        selection("provide-devices", "all-devices", transformations.devices());
        List<UnknownAttribute> unknown = new ArrayList<>();
        for (PresenceAttribute attribute : transformations.attributes()) {
            var element = AttributeElements.booleanElementFor(attribute);
            if (element.isPresent()) {
                out.leaf(PRES_RULES, element.get(), "true");
            } else {
                unknown.add(AttributeElements.unknownAttributeFor(attribute).orElseThrow());
            }
        }
        if (transformations.userInput() != UserInputLevel.FALSE) {
            out.leaf(PRES_RULES, "provide-user-input", transformations.userInput().token());
        }
        unknown.addAll(transformations.unknownAttributes());
        for (UnknownAttribute named : unknown) {
            unknownAttribute(named);
        }
        if (transformations.allAttributes()) {
            out.empty(PRES_RULES, "provide-all-attributes");
        }
        out.end();
    }

    private void selection(String element, String allElement, ComponentSelection selection)
            throws XMLStreamException {
        if (selection.isNone()) {
            return;
        }
        out.start(PRES_RULES, element);
        if (selection.all()) {
            out.empty(PRES_RULES, allElement);
        }
        for (Selector selector : selection.selectors()) {
            out.leaf(PRES_RULES, selector.element(), selector.value());
        }
        out.end();
    }

    private void unknownAttribute(UnknownAttribute named) throws XMLStreamException {
        out.start(PRES_RULES, "provide-unknown-attribute");
        out.attribute("ns", named.namespace());
        out.attribute("name", named.name());
        out.text("true");
        out.end();
    }
}
