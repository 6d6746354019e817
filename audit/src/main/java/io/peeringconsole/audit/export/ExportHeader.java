package io.peeringconsole.audit.export;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The first record of an export.
 *
 * @param exportedAt   when the export started
 * @param selection    which entries were selected, in words (filter and range)
 * @param certificates the PEM certificate of every signing key, current and retired, by key id
 */
public record ExportHeader(Instant exportedAt, String selection, Map<String, String> certificates) {

    /** Names the layout of the file; a verifier refuses any other. */
    public static final String FORMAT = "peering-console/audit-export/v1";

    public ExportHeader {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(selection, "selection");
        certificates = new TreeMap<>(certificates);
    }
}
