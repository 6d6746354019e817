package io.peeringconsole.audit.export;

import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import java.io.IOException;

/**
 * Writes one export, record by record, in the order header, checkpoints, entries, trailer: a verifier reads the
 * checkpoints first so that it can compare each entry with its checkpoint while streaming.
 */
public interface ExportWriter {

    void header(ExportHeader header) throws IOException;

    void checkpoint(AuditCheckpoint checkpoint) throws IOException;

    void entry(AuditEntry entry) throws IOException;

    /**
     * The last record: counts what came before, so that a cut-off file is told apart from a complete one, and carries
     * the console's signature over every byte before it (see {@link ExportStream}). Flushes the output.
     */
    void trailer(long entries, long checkpoints) throws IOException;
}
