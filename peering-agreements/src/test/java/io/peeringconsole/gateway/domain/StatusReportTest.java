package io.peeringconsole.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    @Test
    void aWellFormedReportIsAccepted() {
        assertEquals(new StatusReport(4, ReportOutcome.APPLIED, null), StatusReport.of(4L, "APPLIED", null));
        assertEquals(new StatusReport(4, ReportOutcome.REJECTED, "bad pin"), StatusReport.of(4L, "rejected",
                "  bad pin "));
        assertNull(StatusReport.of(4L, "APPLIED", "all good").reason(), "an APPLIED report keeps no reason");
    }

    @Test
    void eachMalformedReportNamesTheFieldAtFault() {
        assertEquals("serial", refusal(null, "APPLIED", null).field());
        assertEquals("serial", refusal(0L, "APPLIED", null).field());
        assertEquals("serial", refusal(-3L, "APPLIED", null).field());
        assertEquals("outcome", refusal(1L, null, null).field());
        assertEquals("outcome", refusal(1L, "DONE", null).field());
        assertEquals("reason", refusal(1L, "REJECTED", null).field());
        assertEquals("reason", refusal(1L, "REJECTED", " \n\t ").field());
        assertEquals("reason", refusal(1L, "REJECTED", "x".repeat(StatusReport.MAX_REASON + 1)).field());
        assertTrue(refusal(1L, "DONE", null).getMessage().contains("APPLIED or REJECTED"));
    }

    @Test
    void theLongestReasonIsCountedInCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertEquals(StatusReport.MAX_REASON * 2, StatusReport.of(1L, "REJECTED",
                emoji.repeat(StatusReport.MAX_REASON)).reason().length());
    }

    @Test
    void hostileReasonsAreStoredWithoutControlOrDirectionCharacters() {
        String cleaned = StatusReport.of(1L, "REJECTED", "bad\r\nFAKE LOG LINE\u001b[31m \u202Etxt.exe").reason();
        assertEquals("bad  FAKE LOG LINE [31m txt.exe", cleaned);
        PropertyCheck.Report report = new PropertyCheck.Report("status report reasons");
        PropertyCheck.forAll(report, "reasons are clean and bounded", 10_000, random -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 600);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0, 0x40) : random.nextInt(0x20, 0x2100));
            }
            return text.toString();
        }, raw -> raw.codePoints().mapToObj(Integer::toHexString).toList().toString(), raw -> {
            try {
                String reason = StatusReport.of(1L, "REJECTED", raw).reason();
                assertFalse(reason.codePoints().anyMatch(Character::isISOControl));
                assertFalse(reason.codePoints().anyMatch(c -> c >= 0x202A && c <= 0x202E));
                assertTrue(reason.codePointCount(0, reason.length()) <= StatusReport.MAX_REASON);
                assertEquals(reason, reason.strip());
            } catch (RuleViolationException refused) {
                assertEquals("reason", refused.field());
            }
        });
    }

    private static RuleViolationException refusal(Long serial, String outcome, String reason) {
        return assertThrows(RuleViolationException.class, () -> StatusReport.of(serial, outcome, reason));
    }
}
