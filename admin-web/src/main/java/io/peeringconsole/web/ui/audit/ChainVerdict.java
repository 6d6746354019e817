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
            return "The audit trail is intact: " + checked + " checked.";
        }
        return "The audit trail is broken at entry #" + verification.firstBrokenSequence() + ": "
                + verification.reason() + " (" + checked + " intact before it).";
    }
}
