package io.peeringconsole.audit.domain;

import static io.peeringconsole.audit.domain.AuditEntryBuilder.copyOf;
import static io.peeringconsole.audit.domain.TrailBuilder.aTrail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.TrailBuilder.Trail;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final Trail trail = aTrail().ofSize(100).build();

    private ChainVerification verify(List<AuditEntry> entries) {
        return verify(entries, trail.head().lastSequence(), trail.head().lastHash());
    }

    private static ChainVerification verify(List<AuditEntry> entries, long headSequence, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result(headSequence, headHash);
    }

    private static void assertBrokenAt(long sequence, String reason, ChainVerification verification) {
        assertFalse(verification.intact(), verification.reason());
        assertEquals(sequence, verification.firstBrokenSequence(), verification.reason());
        assertTrue(verification.reason().contains(reason), verification.reason());
    }

    @Test
    void intactTrailVerifies() {
        ChainVerification verification = verify(trail.entries());

        assertTrue(verification.intact(), verification.reason());
        assertEquals(100, verification.entriesChecked());
        assertNull(verification.firstBrokenSequence());
        assertEquals("all 100 entries verified", verification.reason());
    }

    @Test
    void emptyTrailWithEmptyHeadVerifies() {
        ChainVerification verification = verify(List.of(), 0, AuditChain.GENESIS_HASH);

        assertTrue(verification.intact(), verification.reason());
        assertEquals(0, verification.entriesChecked());
    }

    @Test
    void alteredFieldIsNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(41, copyOf(trail.entry(42)).actorName("someone-else").build());

        ChainVerification verification = verify(entries);

        assertBrokenAt(42, "entry 42 was altered: its contents no longer match its hash", verification);
        assertEquals(41, verification.entriesChecked());
    }

    @Test
    void alteredStateIsNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(59, copyOf(trail.entry(60)).after("{\"name\":\"Peer 61\"}").build());

        assertBrokenAt(60, "entry 60 was altered", verify(entries));
    }

    @Test
    void removedMiddleEntryIsNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.remove(16);

        ChainVerification verification = verify(entries);

        assertBrokenAt(17, "entry 17 is missing: entry 16 is followed by entry 18", verification);
        assertEquals(16, verification.entriesChecked());
    }

    @Test
    void severalRemovedEntriesAreNamedAsARange() {
        List<AuditEntry> entries = trail.copy();
        entries.subList(29, 33).clear();

        assertBrokenAt(30, "entries 30 to 33 are missing: entry 29 is followed by entry 34", verify(entries));
    }

    @Test
    void removedFirstEntryIsNamed() {
        assertBrokenAt(1, "entry 1 is missing: the trail starts at entry 2", verify(trail.entries().subList(1, 100)));
    }

    @Test
    void swappedEntriesWithResealedHashesAreNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(21, copyOf(trail.entry(23)).sequence(22).resealed());
        entries.set(22, copyOf(trail.entry(22)).sequence(23).resealed());

        assertBrokenAt(22, "entry 22 does not follow entry 21: inserted or reordered", verify(entries));
    }

    @Test
    void swappedEntriesKeepingTheirHashesAreNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(21, copyOf(trail.entry(23)).sequence(22).build());
        entries.set(22, copyOf(trail.entry(22)).sequence(23).build());

        assertBrokenAt(22, "entry 22 was altered", verify(entries));
    }

    @Test
    void duplicatedEntryIsNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(4, trail.entry(4));

        assertBrokenAt(4, "entry 4 is out of order: it comes after entry 4", verify(entries));
    }

    @Test
    void forgedInsertedEntryIsNamed() {
        List<AuditEntry> entries = trail.copy();
        AuditEntry forged = copyOf(trail.entry(23)).action("TRUST_ANCHOR_REMOVED")
                .previousHash(trail.entry(21).entryHash()).resealed();
        entries.add(22, forged);

        ChainVerification verification = verify(entries);

        assertBrokenAt(23, "entry 23 does not follow entry 22: inserted or reordered", verification);
        assertEquals(22, verification.entriesChecked());
    }

    @Test
    void forgedFirstEntryIsNamed() {
        List<AuditEntry> entries = trail.copy();
        entries.set(0, copyOf(trail.entry(1)).previousHash("f".repeat(64)).resealed());

        assertBrokenAt(1, "entry 1 does not start the chain", verify(entries));
    }

    @Test
    void truncatedTailIsNamedAgainstTheHead() {
        ChainVerification verification = verify(trail.entries().subList(0, 90));

        assertBrokenAt(91, "the chain head records 100 entries but the trail ends at entry 90: entries 91 to 100 were"
                + " removed", verification);
        assertEquals(90, verification.entriesChecked());
    }

    @Test
    void lastEntryRemovedIsNamed() {
        assertBrokenAt(100, "the trail ends at entry 99: entry 100 was removed", verify(trail.entries().subList(0, 99)));
    }

    @Test
    void emptyTrailWithNonZeroHeadIsNamed() {
        ChainVerification verification = verify(List.of());

        assertBrokenAt(1, "the chain head records 100 entries but the trail is empty", verification);
        assertEquals(0, verification.entriesChecked());
    }

    @Test
    void replacedLastEntryIsNamedAgainstTheHead() {
        List<AuditEntry> entries = trail.copy();
        entries.set(99, copyOf(trail.entry(100)).outcome(AuditEvent.FAILURE).resealed());

        assertBrokenAt(100, "entry 100 does not match the chain head", verify(entries));
    }

    @Test
    void entriesBeyondTheHeadAreNamed() {
        ChainVerification verification = verify(trail.entries(), 98, trail.entry(98).entryHash());

        assertBrokenAt(99, "entries after 98 were added without going through the audit trail", verification);
    }

    @Test
    void theFirstBreakWinsOverLaterOnes() {
        List<AuditEntry> entries = trail.copy();
        entries.set(9, copyOf(trail.entry(10)).action("X").build());
        entries.remove(50);

        assertBrokenAt(10, "entry 10 was altered", verify(entries.subList(0, 80)));
    }
}
