package io.peeringconsole.audit.forwarding;

import io.peeringconsole.audit.domain.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One audit entry as an RFC 5424 syslog message. The entry's identity (sequence, hash, previous hash) and its fields
 * travel as STRUCTURED-DATA under the SD-ID {@value #SD_ID}; the MSG part is a line for people, followed by the before
 * and after states, cut to fit the message size the receiver accepts (the SD part is never cut).
 * <p>
 * {@code 32473} is the private enterprise number RFC 5612 reserves for documentation and examples; a console that
 * registers its own number would put it here.
 */
public final class SyslogMessage {

    public static final String SD_ID = "audit@32473";
    /** RFC 5424 facility 13, "log audit". */
    public static final int FACILITY_LOG_AUDIT = 13;
    /** RFC 5425 requires receivers to take at least this many octets; we never ask them to take less. */
    public static final int MIN_MESSAGE_BYTES = 2048;
    static final String CUT_NOTE = " [cut: the full entry is in the console]";

    private static final int SEVERITY_WARNING = 4;
    private static final int SEVERITY_NOTICE = 5;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SyslogMessage() {
    }

    /**
     * @param hostname the console's host name as the receiver should see it
     * @param appName  e.g. {@code peering-console}
     * @param facility 0 to 23
     * @param maxBytes the longest message the receiver takes, at least {@link #MIN_MESSAGE_BYTES}
     */
    public static byte[] format(AuditEntry entry, String hostname, String appName, int facility, int maxBytes) {
        if (facility < 0 || facility > 23) {
            throw new IllegalArgumentException("A syslog facility is 0 to 23, not " + facility + ".");
        }
        if (maxBytes < MIN_MESSAGE_BYTES) {
            throw new IllegalArgumentException("A syslog message may be at most " + maxBytes + " bytes long, but RFC"
                    + " 5425 receivers take " + MIN_MESSAGE_BYTES + "; configure at least that.");
        }
        int severity = "FAILURE".equals(entry.outcome()) ? SEVERITY_WARNING : SEVERITY_NOTICE;
        String header = "<" + (facility * 8 + severity) + ">1 " + TIMESTAMP.format(entry.occurredAt()) + " "
                + token(hostname, 255) + " " + token(appName, 48) + " - " + token(entry.action(), 32) + " ";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(structuredData(entry).getBytes(StandardCharsets.UTF_8));
        out.write(' ');
        out.writeBytes(BOM);
        out.writeBytes(Utf8.cut(text(entry), maxBytes - out.size(), CUT_NOTE));
        return out.toByteArray();
    }

    /** RFC 6587 octet-counting: the message's length in bytes, a space, the message. */
    public static byte[] frame(byte[] message) {
        byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, framed, 0, prefix.length);
        System.arraycopy(message, 0, framed, prefix.length, message.length);
        return framed;
    }

    static String structuredData(AuditEntry e) {
        StringBuilder sd = new StringBuilder("[").append(SD_ID);
        param(sd, "seq", Long.toString(e.sequence()));
        param(sd, "hash", e.entryHash());
        param(sd, "prev", e.previousHash());
        param(sd, "actor", e.actorName());
        param(sd, "role", e.actorRole());
        param(sd, "src", e.sourceAddress());
        param(sd, "action", e.action());
        param(sd, "targetType", e.targetType());
        param(sd, "targetId", e.targetId());
        param(sd, "domain", e.localDomain());
        param(sd, "outcome", e.outcome());
        return sd.append(']').toString();
    }

    /** RFC 5424 §6.3.3: inside a PARAM-VALUE, '"', '\' and ']' are escaped with a backslash. */
    static String escapeParamValue(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A header field: printable US-ASCII without spaces, at most {@code max} characters, "-" when empty. */
    static String token(String value, int max) {
        if (value == null) {
            return "-";
        }
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < value.length() && token.length() < max; i++) {
            char c = value.charAt(i);
            token.append(c > 32 && c < 127 ? c : '_');
        }
        return token.isEmpty() ? "-" : token.toString();
    }

    private static void param(StringBuilder sd, String name, String value) {
        if (value != null) {
            sd.append(' ').append(name).append("=\"").append(escapeParamValue(value)).append('"');
        }
    }

    private static String text(AuditEntry e) {
        StringBuilder text = new StringBuilder()
                .append(e.actorName()).append(" (").append(e.actorRole()).append(") ").append(e.action()).append(' ')
                .append(e.targetType()).append(e.targetId() == null ? "" : " " + e.targetId())
                .append(e.localDomain() == null ? "" : " in " + e.localDomain()).append(": ").append(e.outcome());
        if (e.beforeState() != null) {
            text.append(" before=").append(e.beforeState());
        }
        if (e.afterState() != null) {
            text.append(" after=").append(e.afterState());
        }
        return text.toString();
    }
}
