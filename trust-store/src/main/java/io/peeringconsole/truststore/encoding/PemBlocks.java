package io.peeringconsole.truststore.encoding;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict RFC 7468 reader. Text between blocks is ignored (tools print "subject=" lines there), but every armour line
 * must be whole and paired, because a truncated or doubled armour usually means a copy-and-paste went wrong and
 * guessing would store something other than what the person meant.
 */
final class PemBlocks {

    private static final Pattern ARMOUR = Pattern.compile("-----(BEGIN|END) ([A-Z0-9#][A-Z0-9# ]*)-----");
    private static final Pattern BASE64_LINE = Pattern.compile("[A-Za-z0-9+/=]+");
    private static final Map<String, ObjectKind> KINDS = Map.ofEntries(
            Map.entry("CERTIFICATE", ObjectKind.CERTIFICATE),
            Map.entry("X509 CERTIFICATE", ObjectKind.CERTIFICATE),
            Map.entry("TRUSTED CERTIFICATE", ObjectKind.CERTIFICATE),
            Map.entry("X509 CRL", ObjectKind.CRL),
            Map.entry("CERTIFICATE REQUEST", ObjectKind.CSR),
            Map.entry("NEW CERTIFICATE REQUEST", ObjectKind.CSR),
            Map.entry("PKCS7", ObjectKind.PKCS7),
            Map.entry("PKCS #7 SIGNED DATA", ObjectKind.PKCS7),
            Map.entry("CMS", ObjectKind.PKCS7),
            Map.entry("PUBLIC KEY", ObjectKind.PUBLIC_KEY),
            Map.entry("RSA PUBLIC KEY", ObjectKind.PUBLIC_KEY));

    private final List<EncodedObject> blocks = new ArrayList<>();
    private String openLabel;
    private int openLine;
    private final StringBuilder body = new StringBuilder();

    private PemBlocks() {
    }

    static List<EncodedObject> read(String text) {
        PemBlocks reader = new PemBlocks();
        // A UTF-8 byte order mark (read as ISO-8859-1) would otherwise damage the first armour line.
        String withoutBom = text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
        String[] lines = withoutBom.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.accept(lines[i].strip(), i + 1);
        }
        reader.finish();
        return List.copyOf(reader.blocks);
    }

    private void accept(String line, int number) {
        Matcher armour = ARMOUR.matcher(line);
        if (armour.matches()) {
            onArmour(armour.group(1), armour.group(2), number);
        } else if (line.contains("-----BEGIN") || line.contains("-----END") || line.startsWith("-----")) {
            throw malformed("line " + number + " is a damaged armour line (\"" + abbreviate(line)
                    + "\"); copy the certificate again including the complete -----BEGIN and -----END lines.");
        } else if (openLabel != null && !line.isEmpty()) {
            onBody(line, number);
        }
    }

    private void onArmour(String kind, String label, int number) {
        if (kind.equals("BEGIN")) {
            if (openLabel != null) {
                throw malformed("line " + number + " begins a new " + label + " block inside the " + openLabel
                        + " block begun on line " + openLine + " (doubled or truncated armour); each block needs its own END line.");
            }
            openLabel = label;
            openLine = number;
            body.setLength(0);
            return;
        }
        if (openLabel == null) {
            throw malformed("line " + number + " ends a " + label
                    + " block that was never begun (doubled or truncated armour); check the start of the pasted text.");
        }
        if (!openLabel.equals(label)) {
            throw malformed("the " + openLabel + " block begun on line " + openLine + " is ended by END " + label
                    + " on line " + number + "; the armour lines must match.");
        }
        blocks.add(decodeBlock(number));
        openLabel = null;
    }

    private void onBody(String line, int number) {
        if (!BASE64_LINE.matcher(line).matches()) {
            throw malformed("line " + number + " inside the " + openLabel + " block is not base64 (\"" + abbreviate(line)
                    + "\"); the block was damaged in transit.");
        }
        body.append(line);
    }

    private EncodedObject decodeBlock(int endLine) {
        String origin = "PEM block " + (blocks.size() + 1) + " (" + openLabel + ", lines " + openLine + "-" + endLine + ")";
        if (body.isEmpty()) {
            throw malformed(origin + " is empty.");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body.toString());
        } catch (IllegalArgumentException badBase64) {
            throw malformed(origin + " does not contain valid base64; the block was damaged in transit.");
        }
        ObjectKind kind = KINDS.getOrDefault(openLabel, ObjectKind.UNSUPPORTED);
        if (openLabel.equals("TRUSTED CERTIFICATE")) {
            der = DerShapes.firstObject(der, origin);
        }
        return new EncodedObject(kind, der, origin);
    }

    private void finish() {
        if (openLabel != null) {
            throw malformed("the " + openLabel + " block begun on line " + openLine
                    + " has no END line; the text was probably cut off — copy it again completely.");
        }
        if (blocks.isEmpty()) {
            throw malformed("no complete PEM block was found.");
        }
    }

    private static TrustStoreInputException malformed(String detail) {
        return new TrustStoreInputException(InputErrorCode.MALFORMED_PEM, "The PEM text is damaged: " + detail);
    }

    private static String abbreviate(String line) {
        String printable = line.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
