package io.peeringconsole.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A trail recorded the way the console records it, with signed checkpoints: each checkpoint signs the head and is
 * followed at once by the entry that records it.
 */
public final class CheckpointedTrail {

    public final AuditChainHead head = AuditChainHead.genesis();
    public final List<AuditEntry> entries = new ArrayList<>();
    public final List<AuditCheckpoint> checkpoints = new ArrayList<>();
    private final Instant start = Instant.parse("2025-03-01T10:00:00Z");

    public CheckpointedTrail changes(int count) {
        for (int i = 0; i < count; i++) {
            int n = entries.size() + 1;
            append(AuditEvent.of("PEER_NETWORK_UPDATED", "PeerNetwork", "peer-" + n).inDomain("example.com")
                    .after("{\"name\":\"Peer " + n + "\"}"));
        }
        return this;
    }

    public CheckpointedTrail checkpoint(AuditSigner signer) {
        AuditCheckpoint c = AuditCheckpoint.sign(head, start.plus(Duration.ofMinutes(entries.size())), signer);
        checkpoints.add(c);
        append(AuditEvent.of(AuditCheckpoint.RECORDED_ACTION, "AuditCheckpoint", Long.toString(c.sequence())));
        return this;
    }

    AuditEntry entry(long sequence) {
        return entries.get((int) sequence - 1);
    }

    /** Records any event, e.g. with awkward contents. */
    public CheckpointedTrail record(AuditEvent event) {
        append(event);
        return this;
    }

    private void append(AuditEvent event) {
        entries.add(AuditChain.append(head, new Actor("officer", "SECURITY_OFFICER", "192.0.2.1"), event,
                start.plus(Duration.ofSeconds(entries.size()))));
    }

    /** Verifies as the application does: each checkpoint before its entry, the newest at the end. */
    static ChainVerification verify(AuditSigner signer, ArchiveBoundary boundary, List<AuditEntry> entries,
            List<AuditCheckpoint> checkpoints, long headSequence, String headHash) {
        ChainVerifier verifier = new ChainVerifier(signer);
        if (boundary != null) {
            verifier.startAfter(boundary);
        }
        List<AuditCheckpoint> due = new ArrayList<>(checkpoints);
        for (AuditEntry entry : entries) {
            while (!due.isEmpty() && due.getFirst().sequence() <= entry.sequence()) {
                verifier.checkpoint(due.removeFirst());
            }
            verifier.accept(entry);
        }
        if (!due.isEmpty()) {
            verifier.checkpoint(due.getLast());
        }
        return verifier.result(headSequence, headHash);
    }
}
