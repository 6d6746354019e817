package io.peeringconsole.audit.domain;

/**
 * Verifies a trail one entry at a time, so that millions of entries can be streamed through it without being held in
 * memory. Feed every entry in ascending sequence order to {@link #accept}, then ask for the {@link #result} against
 * the chain head. The first break wins: once something is wrong, later entries are ignored, because everything after
 * a break is suspect and the officer needs to know where it started.
 * <p>
 * Not thread-safe; use one verifier per verification.
 */
public final class ChainVerifier {

    private long lastSequence;
    private String lastHash = AuditChain.GENESIS_HASH;
    private long verified;
    private ChainVerification broken;

    /** Checks the next entry against its own hash and its link to the entry before it. */
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        long expected = lastSequence + 1;
        long sequence = entry.sequence();
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
        } else {
            lastSequence = sequence;
            lastHash = entry.entryHash();
            verified++;
        }
    }

    /** True once a break has been found, so that a caller streaming entries can stop reading. */
    public boolean isBroken() {
        return broken != null;
    }

    /**
     * The verdict, comparing the entries seen with what the chain head records. Entries removed from the end of the
     * trail can only be detected this way, since no later entry links to them.
     */
    public ChainVerification result(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (lastSequence < headSequence) {
            return ChainVerification.broken(verified, lastSequence + 1, tailRemoved(headSequence));
        }
        if (lastSequence > headSequence) {
            return ChainVerification.broken(verified, headSequence + 1, "the chain head records " + headSequence
                    + " entries but the trail goes on to entry " + lastSequence + ": entries after "
                    + headSequence + " were added without going through the audit trail");
        }
        if (!lastHash.equals(headHash)) {
            return ChainVerification.broken(verified, Math.max(lastSequence, 1), lastSequence == 0
                    ? "the trail is empty but the chain head does not record an empty chain: the head was altered"
                    : "entry " + lastSequence + " does not match the chain head: the head or the last entry was"
                            + " replaced");
        }
        return ChainVerification.verified(verified, verified == 0
                ? "the trail is empty and the chain head agrees"
                : "all " + verified + " entries verified");
    }

    private void breakAt(long sequence, String reason) {
        broken = ChainVerification.broken(verified, sequence, reason);
    }

    private String missing(long expected, long found) {
        String which = found - expected == 1
                ? "entry " + expected + " is missing"
                : "entries " + expected + " to " + (found - 1) + " are missing";
        return which + (lastSequence == 0
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
