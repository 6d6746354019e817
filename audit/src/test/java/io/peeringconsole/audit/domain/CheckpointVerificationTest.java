package io.peeringconsole.audit.domain;

import static io.peeringconsole.audit.domain.AuditEntryBuilder.copyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointVerificationTest {

    private final TestSigner signer = new TestSigner();
    private final CheckpointedTrail trail = new CheckpointedTrail().changes(9).checkpoint(signer).changes(8)
            .checkpoint(signer).changes(4);

    private ChainVerification verify(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints, long headSequence,
            String headHash) {
        return CheckpointedTrail.verify(signer, null, entries, checkpoints, headSequence, headHash);
    }

    private ChainVerification verifyAgainstHead(List<AuditEntry> entries) {
        return verify(entries, trail.checkpoints, trail.head.lastSequence(), trail.head.lastHash());
    }

    private static void assertBrokenAt(long sequence, String reason, ChainVerification v) {
        assertFalse(v.intact(), v.reason());
        assertEquals(sequence, v.firstBrokenSequence(), v.reason());
        assertTrue(v.reason().contains(reason), v.reason());
    }

    @Test
    void signedBytesAreTheDocumentedFourLines() {
        byte[] bytes = AuditCheckpoint.signedBytes(42, "ab".repeat(32), Instant.parse("2025-03-01T10:15:30.1Z"));

        assertEquals("peering-console/audit-checkpoint/v1\n42\n" + "ab".repeat(32) + "\n2025-03-01T10:15:30.100000Z\n",
                new String(bytes, StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyTrailCannotBeCheckpointed() {
        assertThrows(IllegalStateException.class,
                () -> AuditCheckpoint.sign(AuditChainHead.genesis(), Instant.now(), signer));
    }

    @Test
    void intactTrailConfirmsEveryCheckpointAndSaysWhatComesAfterTheNewest() {
        ChainVerification v = verifyAgainstHead(trail.entries);

        assertTrue(v.intact(), v.reason());
        assertEquals(23, v.entriesChecked());
        assertEquals(2, v.checkpointsVerified());
        assertEquals(18, v.newestCheckpointSequence());
        assertTrue(v.unverifiable().startsWith("Entries 19 to 23 came after the newest signed checkpoint"),
                v.unverifiable());
    }

    @Test
    void aCheckpointSignedWithARetiredKeyStillVerifies() {
        CheckpointedTrail rotated = new CheckpointedTrail().changes(3).checkpoint(signer);
        signer.rotate();
        rotated.changes(2).checkpoint(signer);

        ChainVerification v = CheckpointedTrail.verify(signer, null, rotated.entries, rotated.checkpoints,
                rotated.head.lastSequence(), rotated.head.lastHash());

        assertTrue(v.intact(), v.reason());
        assertEquals(2, v.checkpointsVerified());
    }

    @Test
    void aCheckpointWithAForgedSignatureIsNamed() {
        List<AuditCheckpoint> checkpoints = new ArrayList<>(trail.checkpoints);
        AuditCheckpoint real = checkpoints.get(1);
        AuditSignature forged = new TestSigner().sign(AuditCheckpoint.signedBytes(real.sequence(), real.entryHash(),
                real.signedAt()));
        checkpoints.set(1, new AuditCheckpoint(real.sequence(), real.entryHash(), real.signedAt(), forged));

        assertBrokenAt(18, "does not carry a valid signature", verify(trail.entries, checkpoints,
                trail.head.lastSequence(), trail.head.lastHash()));
    }

    @Test
    void aChainRewrittenFromAnAlteredEntryOnIsCaughtAtTheNextCheckpoint() {
        List<AuditEntry> rewritten = new ArrayList<>(trail.entries.subList(0, 4));
        String previous = trail.entry(4).entryHash();
        for (AuditEntry e : trail.entries.subList(4, trail.entries.size())) {
            AuditEntryBuilder b = copyOf(e).previousHash(previous);
            AuditEntry resealed = e.sequence() == 5 ? b.actorName("mallory").resealed() : b.resealed();
            rewritten.add(resealed);
            previous = resealed.entryHash();
        }

        ChainVerification v = verify(rewritten, trail.checkpoints, 23, previous);

        assertBrokenAt(9, "entry 9 does not match the checkpoint signed at", v);
        assertEquals(8, v.entriesChecked());
    }

    @Test
    void cuttingTheTailAndRewritingTheHeadIsCaughtByTheNewestCheckpoint() {
        List<AuditEntry> cut = trail.entries.subList(0, 15);

        ChainVerification v = verify(cut, trail.checkpoints, 15, trail.entry(15).entryHash());

        assertBrokenAt(16, "entries 16 to at least 18 were removed; the chain head row was rewritten", v);
    }

    @Test
    void cuttingAfterTheNewestCheckpointWithTheHeadRewrittenCannotBeKnownAndTheResultSaysSo() {
        List<AuditEntry> cut = trail.entries.subList(0, 21);

        ChainVerification v = verify(cut, trail.checkpoints, 21, trail.entry(21).entryHash());

        assertTrue(v.intact(), v.reason());
        assertTrue(v.unverifiable().contains("chain head row rewritten as well, that could not be detected"),
                v.unverifiable());
    }

    @Test
    void aDeletedCheckpointIsNamedByTheEntryThatRecordsIt() {
        ChainVerification v = verifyAgainstHead(trail.entries.stream().toList().subList(0, 23));
        assertTrue(v.intact(), v.reason());

        ChainVerification withoutFirst = verify(trail.entries, trail.checkpoints.subList(1, 2),
                trail.head.lastSequence(), trail.head.lastHash());

        assertBrokenAt(10, "entry 10 records a signed checkpoint of entry 9, but that checkpoint is missing",
                withoutFirst);
    }

    @Test
    void checkpointsOutOfOrderAreAProgrammingErrorNotAVerdict() {
        ChainVerifier verifier = new ChainVerifier(signer);
        verifier.checkpoint(trail.checkpoints.get(1));

        assertThrows(IllegalStateException.class, () -> verifier.checkpoint(trail.checkpoints.get(0)));
    }
}
