package io.peeringconsole.audit.export;

import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditSignature;
import io.peeringconsole.audit.domain.AuditSigner;
import java.util.Base64;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * One JSON object per line, each with a {@code "record"} member ({@code header}, {@code checkpoint}, {@code entry},
 * {@code trailer}). A missing value is JSON {@code null}, never an empty string, because the hash tells them apart.
 * Written by hand rather than with JSON-P so that the bytes do not depend on which JSON implementation the server has.
 */
final class JsonLinesExportWriter implements ExportWriter {

    private final ExportStream stream;
    private final Writer out;
    private final AuditSigner signer;

    JsonLinesExportWriter(ExportStream stream, AuditSigner signer) {
        this.stream = stream;
        this.out = stream.writer();
        this.signer = signer;
    }

    @Override
    public void header(ExportHeader header) throws IOException {
        StringBuilder certificates = new StringBuilder("[");
        for (Map.Entry<String, String> c : header.certificates().entrySet()) {
            certificates.append(certificates.length() > 1 ? "," : "").append("{\"keyId\":").append(text(c.getKey()))
                    .append(",\"pem\":").append(text(c.getValue())).append('}');
        }
        line("{\"record\":\"header\",\"format\":" + text(ExportHeader.FORMAT) + ",\"exportedAt\":"
                + text(AuditChain.timestamp(header.exportedAt())) + ",\"selection\":" + text(header.selection())
                + ",\"certificates\":" + certificates + "]}");
    }

    @Override
    public void checkpoint(AuditCheckpoint c) throws IOException {
        line("{\"record\":\"checkpoint\",\"sequence\":" + c.sequence() + ",\"entryHash\":" + text(c.entryHash())
                + ",\"signedAt\":" + text(AuditChain.timestamp(c.signedAt())) + ",\"keyId\":" + text(c.keyId())
                + ",\"algorithm\":" + text(c.algorithm()) + ",\"signature\":" + text(c.signatureBase64()) + "}");
    }

    @Override
    public void entry(AuditEntry e) throws IOException {
        line("{\"record\":\"entry\",\"sequence\":" + e.sequence() + ",\"occurredAt\":"
                + text(AuditChain.timestamp(e.occurredAt())) + ",\"actorName\":" + text(e.actorName())
                + ",\"actorRole\":" + text(e.actorRole()) + ",\"sourceAddress\":" + text(e.sourceAddress())
                + ",\"action\":" + text(e.action()) + ",\"targetType\":" + text(e.targetType()) + ",\"targetId\":"
                + text(e.targetId()) + ",\"localDomain\":" + text(e.localDomain()) + ",\"outcome\":"
                + text(e.outcome()) + ",\"before\":" + text(e.beforeState()) + ",\"after\":" + text(e.afterState())
                + ",\"previousHash\":" + text(e.previousHash()) + ",\"entryHash\":" + text(e.entryHash()) + "}");
    }

    @Override
    public void trailer(long entries, long checkpoints) throws IOException {
        AuditSignature seal = stream.seal(signer);
        line("{\"record\":\"trailer\",\"entries\":" + entries + ",\"checkpoints\":" + checkpoints
                + ",\"keyId\":" + text(seal.keyId()) + ",\"algorithm\":" + text(seal.algorithm())
                + ",\"signature\":" + text(Base64.getEncoder().encodeToString(seal.value())) + "}");
        out.flush();
    }

    private void line(String json) throws IOException {
        out.write(json);
        out.write('\n');
    }

    /** A JSON string, or {@code null}; control characters and non-ASCII are escaped so every line is plain ASCII. */
    static String text(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
