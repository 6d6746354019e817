package io.peeringconsole.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveBoundaryTest {

    private final TestSigner signer = new TestSigner();
    private final CheckpointedTrail trail = new CheckpointedTrail().changes(5).checkpoint(signer).changes(6)
            .checkpoint(signer).changes(3);

    private ArchiveBoundary boundaryAt(long last, String lastHash, AuditSigner by) {
        return ArchiveBoundary.sign(new ArchiveBoundary.Facts(1, last, lastHash,
                Instant.parse("2026-01-01T00:00:00Z"), "audit-00000001-0000000" + last + ".jsonl", "00".repeat(32)), by);
    }

    private ChainVerification verifyRemaining(ArchiveBoundary boundary, int from) {
        List<AuditEntry> remaining = trail.entries.subList(from, trail.entries.size());
        return CheckpointedTrail.verify(signer, boundary, remaining, trail.checkpoints, trail.head.lastSequence(),
                trail.head.lastHash());
    }

    @Test
    void whatRemainsAfterArchivingVerifiesAndSaysWhereTheRestWent() {
        ChainVerification v = verifyRemaining(boundaryAt(7, trail.entry(7).entryHash(), signer), 7);

        assertTrue(v.intact(), v.reason());
        assertEquals(trail.entries.size() - 7, v.entriesChecked());
        assertEquals(7, v.archivedThroughSequence());
        assertEquals("audit-00000001-00000007.jsonl", v.archiveFile());
        assertEquals(1, v.checkpointsVerified(), "the checkpoint of entry 6 went with the archive");
    }

    @Test
    void aBoundaryNotSignedByTheConsoleIsRefused() {
        ChainVerification v = verifyRemaining(boundaryAt(7, trail.entry(7).entryHash(), new TestSigner()), 7);

        assertFalse(v.intact());
        assertEquals(7, v.firstBrokenSequence());
        assertTrue(v.reason().contains("is not signed by the console's key"), v.reason());
    }

    @Test
    void aBoundaryThatDoesNotLinkToTheFirstRemainingEntryNamesIt() {
        ChainVerification v = verifyRemaining(boundaryAt(7, trail.entry(6).entryHash(), signer), 7);

        assertFalse(v.intact());
        assertEquals(8, v.firstBrokenSequence());
        assertTrue(v.reason().contains("entry 8 does not follow entry 7"), v.reason());
    }

    @Test
    void entriesDeletedBeyondTheBoundaryAreStillMissing() {
        ChainVerification v = verifyRemaining(boundaryAt(7, trail.entry(7).entryHash(), signer), 9);

        assertEquals(8, v.firstBrokenSequence());
        assertTrue(v.reason().contains("entries 8 to 9 are missing: entry 7 is followed by entry 10"), v.reason());
    }

    @Test
    void theSignatureCoversEveryFact() {
        ArchiveBoundary boundary = boundaryAt(7, trail.entry(7).entryHash(), signer);
        assertTrue(boundary.signatureValidWith(signer));
        assertEquals("peering-console/audit-archive-boundary/v1\n1\n7\n" + trail.entry(7).entryHash()
                + "\n2026-01-01T00:00:00.000000Z\naudit-00000001-00000007.jsonl\n" + "00".repeat(32) + "\n",
                new String(boundary.signedBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveBoundary.Facts(5, 4, "x", Instant.now(), "f", "h"));
    }
}
