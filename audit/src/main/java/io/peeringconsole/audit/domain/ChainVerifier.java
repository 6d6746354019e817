package io.peeringconsole.audit.domain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Verifies a trail one entry at a time, so that millions of entries can be streamed through it without being held in
 * memory. Optionally start after an {@linkplain #startAfter archive boundary}; feed the signed checkpoints of each
 * stretch to {@link #checkpoint} before the entries they vouch for, and every entry in ascending sequence order to
 * {@link #accept}; then ask for the {@link #result} against the chain head. The first break wins: once something is
 * wrong, later entries are ignored, because everything after a break is suspect and the officer needs to know where it
 * started.
 * <p>
 * Not thread-safe; use one verifier per verification.
 */
public final class ChainVerifier {

    private record Pending(AuditCheckpoint checkpoint, boolean signedByConsole) {
    }

    private final AuditSigner signer;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private ArchiveBoundary boundary;
    private long startSequence;
    private long lastSequence;
    private String lastHash = AuditChain.GENESIS_HASH;
    private long verified;
    private long checkpointsVerified;
    private AuditCheckpoint newestCheckpoint;
    private Long brokenAt;
    private String brokenReason;

    /** A verifier of the entries alone; it accepts no checkpoints or archive boundary. */
    public ChainVerifier() {
        this(null);
    }

    /** A verifier that also checks checkpoint and archive-boundary signatures with the console's keys. */
    public ChainVerifier(AuditSigner signer) {
        this.signer = signer;
    }

    /** Starts the chain where an archive run left it, once its signature is confirmed. Call before any entry. */
    public void startAfter(ArchiveBoundary archived) {
        if (lastSequence != startSequence || verified > 0) {
            throw new IllegalStateException("The archive boundary must be given before the first entry.");
        }
        if (!archived.signatureValidWith(requireSigner())) {
            breakAt(archived.lastSequence(), "the record that entries " + archived.firstSequence() + " to "
                    + archived.lastSequence() + " were archived is not signed by the console's key: old entries may"
                    + " have been deleted and the record forged to cover it up");
            return;
        }
        boundary = archived;
        startSequence = archived.lastSequence();
        lastSequence = startSequence;
        lastHash = archived.lastHash();
    }

    /**
     * Takes a signed checkpoint, in ascending sequence order, before the entry it vouches for. Checkpoints of archived
     * entries are ignored: their entries are in the archive file.
     */
    public void checkpoint(AuditCheckpoint checkpoint) {
        if (brokenAt != null || checkpoint.sequence() <= startSequence) {
            return;
        }
        if (checkpoint.sequence() <= lastSequence
                || !pending.isEmpty() && pending.peekLast().checkpoint().sequence() >= checkpoint.sequence()) {
            throw new IllegalStateException("Checkpoints must come in ascending order, each before the entry it"
                    + " vouches for; checkpoint " + checkpoint.sequence() + " came too late.");
        }
        pending.addLast(new Pending(checkpoint, checkpoint.signatureValidWith(requireSigner())));
    }

    /** Checks the next entry against its own hash, its link to the entry before it and any checkpoint of it. */
    public void accept(AuditEntry entry) {
        if (brokenAt != null) {
            return;
        }
        long expected = lastSequence + 1;
        long sequence = entry.sequence();
        String problem;
        if (sequence > expected) {
            breakAt(expected, missing(expected, sequence));
        } else if (sequence < expected) {
            breakAt(sequence, "entry " + sequence + " is out of order: it comes after entry " + lastSequence
                    + ", so entries were duplicated or reordered");
        } else if (!AuditChain.hashOf(entry).equals(entry.entryHash())) {
            breakAt(sequence, "entry " + sequence + " was altered: its contents no longer match its hash");
        } else if (!lastHash.equals(entry.previousHash())) {
            breakAt(sequence, sequence == 1
                    ? "entry 1 does not start the chain: inserted or reordered"
                    : "entry " + sequence + " does not follow entry " + lastSequence + ": inserted or reordered");
        } else if ((problem = checkpointProblem(entry)) != null) {
            breakAt(sequence, problem);
        } else {
            lastSequence = sequence;
            lastHash = entry.entryHash();
            verified++;
        }
    }

    /** True once a break has been found, so that a caller streaming entries can stop reading. */
    public boolean isBroken() {
        return brokenAt != null;
    }

    /**
     * The verdict, comparing the entries seen with the newest checkpoint and with what the chain head records.
     * Entries removed from the end of the trail can only be detected this way, since no later entry links to them.
     */
    public ChainVerification result(long headSequence, String headHash) {
        if (brokenAt == null) {
            judgeTail(headSequence, headHash);
        }
        boolean intact = brokenAt == null;
        String reason = intact
                ? (verified == 0 ? "the trail is empty and the chain head agrees" : "all " + verified + " entries verified")
                : brokenReason;
        return new ChainVerification(intact, verified, brokenAt, reason, checkpointsVerified,
                newestCheckpoint == null ? null : newestCheckpoint.sequence(),
                newestCheckpoint == null ? null : newestCheckpoint.signedAt(),
                boundary == null ? null : boundary.lastSequence(), boundary == null ? null : boundary.archiveFile(),
                intact ? TrailLimits.unverifiable(newestCheckpoint, headSequence) : TrailLimits.afterBreak(brokenAt));
    }

    private void judgeTail(long headSequence, String headHash) {
        Pending beyond = pending.peekLast();
        if (beyond != null) {
            AuditCheckpoint c = beyond.checkpoint();
            if (!beyond.signedByConsole()) {
                breakAt(c.sequence(), TrailLimits.forged(c));
            } else {
                breakAt(lastSequence + 1, TrailLimits.cutBeforeCheckpoint(lastSequence, c, headSequence));
            }
        } else if (lastSequence < headSequence) {
            breakAt(lastSequence + 1, tailRemoved(headSequence));
        } else if (lastSequence > headSequence) {
            breakAt(headSequence + 1, "the chain head records " + headSequence + " entries but the trail goes on to"
                    + " entry " + lastSequence + ": entries after " + headSequence
                    + " were added without going through the audit trail");
        } else if (!lastHash.equals(headHash)) {
            breakAt(Math.max(lastSequence, 1), lastSequence == 0
                    ? "the trail is empty but the chain head does not record an empty chain: the head was altered"
                    : "entry " + lastSequence + " does not match the chain head: the head or the last entry was"
                            + " replaced");
        }
    }

    private String checkpointProblem(AuditEntry entry) {
        Pending due = pending.peekFirst();
        if (due != null && due.checkpoint().sequence() == entry.sequence()) {
            pending.removeFirst();
            AuditCheckpoint c = due.checkpoint();
            if (!due.signedByConsole()) {
                return TrailLimits.forged(c);
            }
            if (!c.entryHash().equals(entry.entryHash())) {
                return "entry " + entry.sequence() + " does not match the checkpoint signed at " + c.signedAt()
                        + ": the entry was replaced and the chain rewritten from there";
            }
            checkpointsVerified++;
            newestCheckpoint = c;
        }
        long recorded = TrailLimits.recordedCheckpoint(entry);
        if (recorded > startSequence && (newestCheckpoint == null || newestCheckpoint.sequence() != recorded)) {
            return "entry " + entry.sequence() + " records a signed checkpoint of entry " + recorded
                    + ", but that checkpoint is missing: checkpoints were deleted";
        }
        return null;
    }

    private AuditSigner requireSigner() {
        if (signer == null) {
            throw new IllegalStateException("Checking signatures needs the console's signer.");
        }
        return signer;
    }

    private void breakAt(long sequence, String reason) {
        brokenAt = sequence;
        brokenReason = reason;
    }

    private String missing(long expected, long found) {
        String which = found - expected == 1
                ? "entry " + expected + " is missing"
                : "entries " + expected + " to " + (found - 1) + " are missing";
        return which + (lastSequence == startSequence && boundary == null
                ? ": the trail starts at entry " + found
                : ": entry " + lastSequence + " is followed by entry " + found);
    }

    private String tailRemoved(long headSequence) {
        if (lastSequence == 0) {
            return "the chain head records " + headSequence + " entries but the trail is empty: all entries were"
                    + " removed";
        }
        String which = headSequence - lastSequence == 1
                ? "entry " + headSequence + " was removed"
                : "entries " + (lastSequence + 1) + " to " + headSequence + " were removed";
        return "the chain head records " + headSequence + " entries but the trail ends at entry " + lastSequence
                + ": " + which;
    }
}
