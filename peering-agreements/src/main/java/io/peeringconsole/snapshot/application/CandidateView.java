package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.PublishRefusal;
import io.peeringconsole.snapshot.domain.SnapshotDiff;
import java.util.List;

/**
 * What publishing now would send: the compiled content and its hash, what the gate says against it (empty: it may be
 * published), and how it differs from the snapshot gateways hold ({@code currentSerial} null: none yet).
 */
public record CandidateView(String localDomain, String content, String contentHash, int peerCount,
        Long currentSerial, String currentContentHash, List<PublishRefusal> refusals,
        List<SnapshotDiff.Change> changes) {

    public CandidateView {
        refusals = List.copyOf(refusals);
        changes = List.copyOf(changes);
    }

    public boolean publishable() {
        return refusals.isEmpty();
    }

    /** Same content as the current snapshot: publishing would only add a serial. */
    public boolean unchanged() {
        return contentHash.equals(currentContentHash);
    }
}
