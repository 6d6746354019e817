package io.peeringconsole.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.audit.domain.ChainVerification;
import org.junit.jupiter.api.Test;

class ChainVerdictTest {

    @Test
    void anIntactChainReportsHowManyEntriesWereChecked() {
        assertEquals("The audit trail is intact: 1 entry checked.",
                ChainVerdict.describe(new ChainVerification(true, 1, null, "all entries agree")));
    }

    @Test
    void aBrokenChainNamesTheFirstBrokenEntryAndWhy() {
        ChainVerification broken = new ChainVerification(false, 41, 42L, "its hash does not match its content");

        assertEquals("The audit trail is broken at entry #42: its hash does not match its content "
                + "(41 entries intact before it).", ChainVerdict.describe(broken));
    }

    @Test
    void anIntactChainWithCheckpointsAndAnArchiveSaysSoAndWhatCannotBeKnown() {
        ChainVerification v = new ChainVerification(true, 12, null, "all 12 entries verified", 2, 30L,
                java.time.Instant.parse("2026-01-01T00:00:00Z"), 20L, "audit-1-20.jsonl", "Entries 31 to 32 came after.");

        assertEquals("The audit trail is intact: 12 entries checked. 2 signed checkpoints confirmed, the newest for"
                + " entry #30. Entries up to #20 were archived to audit-1-20.jsonl. Entries 31 to 32 came after.",
                ChainVerdict.describe(v));
    }
}
