package io.peeringconsole.privacy.xml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;

import static io.peeringconsole.privacy.xml.Namespaces.COMMON_POLICY;
import static io.peeringconsole.privacy.xml.Namespaces.CP_PREFIX;
import static io.peeringconsole.privacy.xml.Namespaces.PRES_RULES;
import static io.peeringconsole.privacy.xml.Namespaces.PR_PREFIX;

/** A StAX writer that indents by two spaces, so that written documents are readable and diffable. */
final class IndentingXmlWriter {

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element, whether it has child elements (and so needs its end tag on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    IndentingXmlWriter() throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    void startRoot(String namespace, String name) throws XMLStreamException {
        start(namespace, name);
        xml.writeNamespace(CP_PREFIX, COMMON_POLICY);
        xml.writeNamespace(PR_PREFIX, PRES_RULES);
    }

    void start(String namespace, String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(prefix(namespace), name, namespace);
        open.push(new boolean[] {false});
    }

    void empty(String namespace, String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(prefix(namespace), name, namespace);
    }

    void leaf(String namespace, String name, String value) throws XMLStreamException {
        newLine();
        xml.writeStartElement(prefix(namespace), name, namespace);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Text content of the element just started, on the same line. */
    void text(String value) throws XMLStreamException {
        xml.writeCharacters(value);
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void end() throws XMLStreamException {
        boolean hadChildren = open.pop()[0];
        if (hadChildren) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
    }

    String finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private static String prefix(String namespace) {
        return COMMON_POLICY.equals(namespace) ? CP_PREFIX : PR_PREFIX;
    }
}
