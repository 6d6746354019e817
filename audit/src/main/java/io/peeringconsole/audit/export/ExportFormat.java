package io.peeringconsole.audit.export;

import io.peeringconsole.audit.domain.AuditSigner;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats an export can take. */
public enum ExportFormat {

    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Reads {@code csv} or {@code jsonl}, in any case; anything else is refused with the choices. */
    public static ExportFormat parse(String value) {
        if (value != null) {
            for (ExportFormat f : values()) {
                if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Choose the export format csv or jsonl, not \"" + value + "\".");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer onto {@code out} whose trailer {@code signer} signs; the caller closes {@code out}. */
    public ExportWriter open(OutputStream out, AuditSigner signer) {
        ExportStream stream = new ExportStream(out);
        return this == CSV ? new CsvExportWriter(stream, signer) : new JsonLinesExportWriter(stream, signer);
    }
}
