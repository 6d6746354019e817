package io.peeringconsole.web.rest.audit;

import io.peeringconsole.audit.application.ArchiveResult;
import java.time.Instant;

/** What an archive run moved out of the database; {@code entries} is 0 when nothing was old enough. */
public record ArchiveRepresentation(long entries, Long firstSequence, Long lastSequence, String lastHash,
        String file, String fileSha256, Instant archivedAt, String message) {

    static ArchiveRepresentation of(ArchiveResult r) {
        var b = r.boundary();
        return new ArchiveRepresentation(r.entries(), b.firstSequence(), b.lastSequence(), b.lastHash(),
                r.file().toString(), b.fileSha256(), b.archivedAt(), "Entries " + b.firstSequence() + " to "
                        + b.lastSequence() + " were archived to " + r.file() + " and removed from the database.");
    }

    static ArchiveRepresentation nothing(Instant cutoff) {
        return new ArchiveRepresentation(0, null, null, null, null, null, null,
                "No entry older than " + cutoff + " is left in the database; nothing was archived.");
    }
}
