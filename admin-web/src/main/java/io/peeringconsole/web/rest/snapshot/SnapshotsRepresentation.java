package io.peeringconsole.web.rest.snapshot;

import io.peeringconsole.snapshot.application.SnapshotView;
import io.peeringconsole.web.rest.PageRepresentation;

/** A local domain's current snapshot (null before the first publish) and a page of its history. */
public record SnapshotsRepresentation(SnapshotView current, PageRepresentation<SnapshotView> history) {
}
