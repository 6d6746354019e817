package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes the stored audit trail behind the console's back with plain SQL and checks that verification names the
 * entry. Every test builds the same trail on an emptied one — entries 1 to 6, a checkpoint of entry 6 recorded by
 * entry 7, entries 8 to 11 — and empties it again afterwards, because a tampered trail stays tampered.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): it tampers with the stored rows in plain SQL, and the
 * verdicts rest on how rows come back ordered.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class AuditTamperIT {

    @ArquillianResource
    private URL base;

    private AuditTrailFixture trail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @BeforeEach
    void recordAKnownTrail() {
        trail = new AuditTrailFixture(base);
        trail.reset(0);
        trail.changes(6);
        assertEquals(6, trail.checkpoint());
        trail.changes(4);
        assertEquals(11, trail.entries());
        JsonObject intact = trail.verification();
        assertTrue(intact.getBoolean("intact"), intact::toString);
        assertEquals(1, intact.getInt("checkpointsVerified"), intact::toString);
    }

    @AfterEach
    void emptyTheTrailForOtherTests() {
        trail.reset(0);
    }

    private static void assertBrokenAt(long sequence, String reason, JsonObject verdict) {
        assertFalse(verdict.getBoolean("intact"), verdict::toString);
        assertEquals(sequence, verdict.getJsonNumber("firstBrokenSequence").longValue(), verdict::toString);
        assertTrue(verdict.getString("reason").contains(reason), verdict::toString);
    }

    @Test
    void anUpdatedFieldIsNamed() {
        trail.sql("UPDATE audit_entry SET actor_name = 'mallory' WHERE sequence = 3");

        assertBrokenAt(3, "entry 3 was altered", trail.verification());
    }

    @Test
    void aRowDeletedFromTheMiddleIsNamed() {
        trail.sql("DELETE FROM audit_entry WHERE sequence = 4");

        assertBrokenAt(4, "entry 4 is missing: entry 3 is followed by entry 5", trail.verification());
    }

    @Test
    void twoSwappedRowsAreNamedAtTheFirst() {
        trail.sql("UPDATE audit_entry SET sequence = -5 WHERE sequence = 5",
                "UPDATE audit_entry SET sequence = 5 WHERE sequence = 2",
                "UPDATE audit_entry SET sequence = 2 WHERE sequence = -5");

        assertBrokenAt(2, "entry 2 was altered", trail.verification());
    }

    @Test
    void aForgedRowInsertedBehindTheTrailIsNamed() {
        long forged = trail.forgeNextEntry(false);

        assertEquals(12, forged);
        assertBrokenAt(12, "were added without going through the audit trail", trail.verification());
    }

    @Test
    void aForgedRowWithTheHeadRewrittenTooIsBeyondTheCheckpointAndTheVerdictSaysSo() {
        trail.forgeNextEntry(true);

        JsonObject verdict = trail.verification();
        assertTrue(verdict.getBoolean("intact"), verdict::toString);
        assertTrue(verdict.getString("unverifiable").startsWith("Entries 7 to 12 came after the newest signed"
                + " checkpoint"), verdict::toString);
    }

    @Test
    void aCutTailIsNamedAgainstTheHeadRow() {
        trail.sql("DELETE FROM audit_entry WHERE sequence > 8");

        assertBrokenAt(9, "the trail ends at entry 8: entries 9 to 11 were removed", trail.verification());
    }

    @Test
    void aCutTailWithTheHeadRowRewrittenIsNamedAgainstTheNewestCheckpoint() {
        trail.sql("DELETE FROM audit_entry WHERE sequence > 4",
                "UPDATE audit_chain_head SET last_sequence = 4, last_hash = (SELECT entry_hash FROM audit_entry"
                        + " WHERE sequence = 4) WHERE id = 1");

        assertBrokenAt(5, "entries 5 to at least 6 were removed; the chain head row was rewritten to hide it",
                trail.verification());
    }

    @Test
    void aDeletedCheckpointIsNamedByTheEntryThatRecordsIt() {
        trail.sql("DELETE FROM audit_checkpoint");

        assertBrokenAt(7, "entry 7 records a signed checkpoint of entry 6, but that checkpoint is missing",
                trail.verification());
    }

    @Test
    void aCheckpointMovedToAnotherEntryFailsItsSignature() {
        trail.sql("UPDATE audit_checkpoint SET sequence = 5, entry_hash = (SELECT entry_hash FROM audit_entry"
                + " WHERE sequence = 5)");

        assertBrokenAt(5, "does not carry a valid signature of the console's keys", trail.verification());
    }
}
