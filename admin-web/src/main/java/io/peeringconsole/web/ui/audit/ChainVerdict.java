package io.peeringconsole.web.ui.audit;

import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.web.ui.support.Formats;

/** A chain verification in words for the security officer who asked for it. */
final class ChainVerdict {

    private ChainVerdict() {
    }

    static String describe(ChainVerification verification) {
        String checked = Formats.count(verification.entriesChecked(), "entry", "entries");
        if (verification.intact()) {
            return "The audit trail is intact: " + checked + " checked." + facts(verification);
        }
        return "The audit trail is broken at entry #" + verification.firstBrokenSequence() + ": "
                + verification.reason() + " (" + checked + " intact before it).";
    }

    /** Checkpoints, archive and limits, when the verification knows them. */
    private static String facts(ChainVerification v) {
        StringBuilder facts = new StringBuilder();
        if (v.checkpointsVerified() > 0) {
            facts.append(" ").append(Formats.count(v.checkpointsVerified(), "signed checkpoint", "signed checkpoints"))
                    .append(" confirmed, the newest for entry #").append(v.newestCheckpointSequence()).append('.');
        }
        if (v.archivedThroughSequence() != null) {
            facts.append(" Entries up to #").append(v.archivedThroughSequence()).append(" were archived to ")
                    .append(v.archiveFile()).append('.');
        }
        if (v.unverifiable() != null) {
            facts.append(" ").append(v.unverifiable());
        }
        return facts.toString();
    }
}
