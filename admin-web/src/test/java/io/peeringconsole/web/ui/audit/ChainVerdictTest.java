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
}
