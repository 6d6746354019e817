package io.peeringconsole.audit.domain;

/** The sentences a verification uses about checkpoints and about what it cannot know. */
final class TrailLimits {

    private TrailLimits() {
    }

    static String unverifiable(AuditCheckpoint newest, long headSequence) {
        if (newest == null) {
            return "No signed checkpoint covers the trail yet: entries removed from its end are caught only by the"
                    + " chain head row, and not at all if that row was rewritten as well.";
        }
        if (headSequence > newest.sequence()) {
            return "Entries " + (newest.sequence() + 1) + " to " + headSequence + " came after the newest signed"
                    + " checkpoint (entry " + newest.sequence() + ", signed " + newest.signedAt() + "): if entries"
                    + " after it were removed and the chain head row rewritten as well, that could not be detected.";
        }
        return "Nothing: the newest signed checkpoint vouches for the last entry.";
    }

    static String afterBreak(long brokenAt) {
        return "Nothing from entry " + brokenAt + " on can be trusted until the break is explained; later entries"
                + " were not checked.";
    }

    static String forged(AuditCheckpoint c) {
        return "the checkpoint for entry " + c.sequence() + " (signed " + c.signedAt() + ", key " + c.keyId()
                + ") does not carry a valid signature of the console's keys: it was forged or altered";
    }

    static String cutBeforeCheckpoint(long lastSequence, AuditCheckpoint c, long headSequence) {
        String which = c.sequence() == lastSequence + 1
                ? "entry " + c.sequence() + " was removed"
                : "entries " + (lastSequence + 1) + " to at least " + c.sequence() + " were removed";
        String head = headSequence < c.sequence()
                ? "; the chain head row was rewritten to hide it (it records " + headSequence + " entries)"
                : "";
        return "the trail ends at entry " + lastSequence + " but the checkpoint signed at " + c.signedAt()
                + " vouches for entry " + c.sequence() + ": " + which + head;
    }

    /** The sequence of the checkpoint an entry records having signed, or -1 if it records none. */
    static long recordedCheckpoint(AuditEntry entry) {
        if (!AuditCheckpoint.RECORDED_ACTION.equals(entry.action()) || entry.targetId() == null) {
            return -1;
        }
        try {
            return Long.parseLong(entry.targetId());
        } catch (NumberFormatException notASequence) {
            return -1;
        }
    }
}
