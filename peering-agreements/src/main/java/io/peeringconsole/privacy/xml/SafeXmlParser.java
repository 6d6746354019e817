package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import io.peeringconsole.rules.SafeText;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses untrusted XML into {@link XmlNode}s. DTDs are refused outright, which removes entity expansion (billion
 * laughs) and external entities (XXE) at the root; external DTD and schema access is switched off as well, in case
 * a future parser ignores the first switch. Nesting and element count are capped while parsing, before anything is
 * built from them.
 */
final class SafeXmlParser {

    /** Real pres-rules documents nest six deep; anything past this is an attack or a mistake. */
    static final int MAX_DEPTH = 32;
    static final int MAX_ELEMENTS = 50_000;

    private SafeXmlParser() {
    }

    static XmlNode parse(InputSource source) {
        TreeBuilder builder = new TreeBuilder();
        try {
            SAXParser parser = hardenedFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(source, builder);
            return builder.root;
        } catch (SAXException e) {
            throw refusalFor(e);
        } catch (IOException e) {
            throw new PrivacyInputException(Problem.NOT_WELL_FORMED, "The pres-rules document could not be read: "
                    + SafeText.bounded(e.getMessage(), 200));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This JDK's XML parser cannot be hardened, so no XML is parsed.", e);
        }
    }

    /**
     * The JDK's own parser, not whatever a service lookup finds on the class path: its features are the ones set
     * here, and skipping the lookup saves milliseconds per document.
     */
    private static SAXParserFactory hardenedFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static PrivacyInputException refusalFor(SAXException e) {
        if (e.getException() instanceof PrivacyInputException refusal) {
            return refusal;
        }
        String detail = SafeText.bounded(e.getMessage(), 200);
        if (detail.contains("DOCTYPE")) {
            return new PrivacyInputException(Problem.DOCTYPE_REFUSED, "The pres-rules document declares a DTD"
                    + " (<!DOCTYPE ...>). DTDs and entities are refused because they can read files or exhaust"
                    + " memory; remove the DOCTYPE and write any &entity; references out as text.");
        }
        String where = e instanceof SAXParseException at
                ? " at line " + at.getLineNumber() + ", column " + at.getColumnNumber() : "";
        return new PrivacyInputException(Problem.NOT_WELL_FORMED, "The pres-rules document is not well-formed XML"
                + where + ": " + detail);
    }

    /** Builds the tree while enforcing the caps; refusals travel through the parser wrapped in a SAXException. */
    private static final class TreeBuilder extends DefaultHandler {

        private final Deque<Open> open = new ArrayDeque<>();
        private XmlNode root;
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() >= MAX_DEPTH) {
                throw refuse(Problem.TOO_DEEP, "The pres-rules document nests elements deeper than " + MAX_DEPTH
                        + " levels; a valid document needs six. Check for runaway or repeated nesting.");
            }
            if (++elements > MAX_ELEMENTS) {
                throw refuse(Problem.TOO_LARGE, "The pres-rules document has more than " + MAX_ELEMENTS
                        + " elements; split the rules or remove unused ones.");
            }
            open.push(new Open(uri, localName, plainAttributes(attributes)));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            XmlNode node = open.pop().build();
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children.add(node);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw refuse(Problem.DOCTYPE_REFUSED, "The pres-rules document refers to an external entity; external"
                    + " entities are refused. Remove the reference.");
        }

        private static Map<String, String> plainAttributes(Attributes attributes) {
            Map<String, String> plain = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getURI(i).isEmpty()) {
                    plain.put(attributes.getLocalName(i), attributes.getValue(i));
                }
            }
            return plain;
        }

        private static SAXException refuse(Problem problem, String message) {
            return new SAXException(new PrivacyInputException(problem, message));
        }
    }

    /** An element still being read. */
    private static final class Open {

        private final String namespace;
        private final String name;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlNode> children = new ArrayList<>();

        Open(String namespace, String name, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
        }

        XmlNode build() {
            return new XmlNode(namespace, name, attributes, text.toString(), children);
        }
    }
}
