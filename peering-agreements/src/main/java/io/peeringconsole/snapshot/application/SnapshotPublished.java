package io.peeringconsole.snapshot.application;

import java.util.Objects;

/** Fired when a snapshot was written; observed after the transaction commits, to wake waiting gateways. */
public record SnapshotPublished(PublishedSnapshot snapshot) {

    public SnapshotPublished {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
