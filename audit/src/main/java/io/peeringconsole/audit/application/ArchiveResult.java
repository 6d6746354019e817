package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.ArchiveBoundary;
import java.nio.file.Path;

/**
 * What an archive run did.
 *
 * @param boundary the signed boundary now at the start of the stored trail
 * @param file     the archive file, in the same format as a JSON Lines export
 * @param entries  how many entries moved from the database to the file
 */
public record ArchiveResult(ArchiveBoundary boundary, Path file, long entries) {
}
