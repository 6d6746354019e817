package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import io.peeringconsole.privacy.rules.RuleSet;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

/**
 * Reads and writes pres-rules documents (RFC 5025; namespaces {@code urn:ietf:params:xml:ns:common-policy} and
 * {@code urn:ietf:params:xml:ns:pres-rules}).
 * <p>
 * Reading refuses, each with a {@link PrivacyInputException} and its own {@link Problem}: input over 1 MiB (checked
 * before parsing), any DTD (so no entity expansion and no external entities), nesting deeper than 32, XML that is
 * not well-formed, documents that are not pres-rules, and elements or values this library does not support. It
 * never reads files or the network.
 */
public final class PresRulesXml {

    /** A user's rules fit in a few kilobytes; a megabyte leaves room and bounds what a parser is handed. */
    public static final int MAX_BYTES = 1024 * 1024;

    private PresRulesXml() {
    }

    public static RuleSet read(byte[] xml) {
        refuseIfLarger(xml.length, "bytes");
        return PresRulesReader.read(SafeXmlParser.parse(new InputSource(new ByteArrayInputStream(xml))));
    }

    /** Reads at most {@link #MAX_BYTES} (plus one, to know there was more) and refuses a longer stream. */
    public static RuleSet read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return read(bytes);
    }

    /** Reads a document already decoded to text (for example pasted into a form); the limit counts characters. */
    public static RuleSet read(String xml) {
        refuseIfLarger(xml.length(), "characters");
        return PresRulesReader.read(SafeXmlParser.parse(new InputSource(new StringReader(xml))));
    }

    public static String write(RuleSet rules) {
        return PresRulesWriter.write(rules);
    }

    private static void refuseIfLarger(int size, String unit) {
        if (size > MAX_BYTES) {
            throw new PrivacyInputException(Problem.TOO_LARGE, "The pres-rules document is larger than 1 MiB ("
                    + MAX_BYTES + " " + unit + "); a user's rules fit in a few kilobytes. Remove unused rules or"
                    + " check that the right file was chosen.");
        }
    }
}
