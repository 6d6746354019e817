package io.peeringconsole.audit.export;

import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditSignature;
import io.peeringconsole.audit.domain.AuditSigner;
import java.util.Base64;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;

/**
 * RFC 4180 CSV with a fixed column list (see {@link #COLUMNS}); the first column says what the row is. Every present
 * text value is quoted, and a missing value is an empty unquoted field, so that {@code ""} (empty text) and nothing
 * (null) stay apart, as the hash needs. Rows end in CRLF; line breaks inside quoted values are kept as they are.
 */
final class CsvExportWriter implements ExportWriter {

    static final String[] COLUMNS = {"record", "sequence", "occurred_at", "actor_name", "actor_role",
        "source_address", "action", "target_type", "target_id", "local_domain", "outcome", "before", "after",
        "previous_hash", "entry_hash", "signed_at", "key_id", "algorithm", "signature", "certificate_pem", "info"};

    private final ExportStream stream;
    private final Writer out;
    private final AuditSigner signer;

    CsvExportWriter(ExportStream stream, AuditSigner signer) {
        this.stream = stream;
        this.out = stream.writer();
        this.signer = signer;
    }

    @Override
    public void header(ExportHeader header) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        String[] row = row("header");
        row[column("occurred_at")] = quoted(AuditChain.timestamp(header.exportedAt()));
        row[column("info")] = quoted(ExportHeader.FORMAT + " " + header.selection());
        write(row);
        for (Map.Entry<String, String> c : header.certificates().entrySet()) {
            String[] cert = row("certificate");
            cert[column("key_id")] = quoted(c.getKey());
            cert[column("certificate_pem")] = quoted(c.getValue());
            write(cert);
        }
    }

    @Override
    public void checkpoint(AuditCheckpoint c) throws IOException {
        String[] row = row("checkpoint");
        row[column("sequence")] = Long.toString(c.sequence());
        row[column("entry_hash")] = quoted(c.entryHash());
        row[column("signed_at")] = quoted(AuditChain.timestamp(c.signedAt()));
        row[column("key_id")] = quoted(c.keyId());
        row[column("algorithm")] = quoted(c.algorithm());
        row[column("signature")] = quoted(c.signatureBase64());
        write(row);
    }

    @Override
    public void entry(AuditEntry e) throws IOException {
        String[] values = {"entry", Long.toString(e.sequence()), quoted(AuditChain.timestamp(e.occurredAt())),
            quoted(e.actorName()), quoted(e.actorRole()), quoted(e.sourceAddress()), quoted(e.action()),
            quoted(e.targetType()), quoted(e.targetId()), quoted(e.localDomain()), quoted(e.outcome()),
            quoted(e.beforeState()), quoted(e.afterState()), quoted(e.previousHash()), quoted(e.entryHash()),
            "", "", "", "", "", ""};
        write(values);
    }

    @Override
    public void trailer(long entries, long checkpoints) throws IOException {
        AuditSignature seal = stream.seal(signer);
        String[] row = row("trailer");
        row[column("key_id")] = quoted(seal.keyId());
        row[column("algorithm")] = quoted(seal.algorithm());
        row[column("signature")] = quoted(Base64.getEncoder().encodeToString(seal.value()));
        row[column("info")] = quoted("entries=" + entries + " checkpoints=" + checkpoints);
        write(row);
        out.flush();
    }

    private static String[] row(String record) {
        String[] row = new String[COLUMNS.length];
        Arrays.fill(row, "");
        row[0] = record;
        return row;
    }

    static int column(String name) {
        return Arrays.asList(COLUMNS).indexOf(name);
    }

    private void write(String[] row) throws IOException {
        out.write(String.join(",", row));
        out.write("\r\n");
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
