package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.ConfigSnapshot;
import io.peeringconsole.snapshot.domain.SnapshotSource;
import java.time.Instant;

/**
 * A published snapshot's metadata, as the UI and the REST API list it.
 *
 * @param rolledBackTo for a rollback, the serial whose content was published again
 */
public record SnapshotView(String localDomain, long serial, String contentHash, int sizeBytes, SnapshotSource source,
        String reason, Long rolledBackTo, String publishedBy, Instant publishedAt, String signingKeyId,
        boolean current) {

    static SnapshotView of(ConfigSnapshot snapshot, long currentSerial) {
        return new SnapshotView(snapshot.localDomain(), snapshot.serial(), snapshot.contentHash(),
                snapshot.content().length, snapshot.source(), snapshot.reason(), snapshot.rolledBackTo(),
                snapshot.publishedBy(), snapshot.publishedAt(), snapshot.signingKeyId(),
                snapshot.serial() == currentSerial);
    }
}
