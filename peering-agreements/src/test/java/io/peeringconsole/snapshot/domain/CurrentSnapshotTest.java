package io.peeringconsole.snapshot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The serial of a domain only grows, one at a time, whatever order publishes are attempted in. */
class CurrentSnapshotTest {

    @Test
    void serialsGrowByOneAndAPointerNeverMovesBackOrToAnotherDomain() throws Exception {
        CurrentSnapshot pointer = CurrentSnapshot.first(snapshot("a.example", 1, 10));
        for (long expected = 2; expected <= 50; expected++) {
            long next = pointer.nextSerial();
            assertEquals(expected, next);
            pointer.moveTo(snapshot("a.example", next, 10 + next));
            assertEquals(next, pointer.serial());
        }
        assertThrows(IllegalStateException.class, () -> pointer.moveTo(snapshot("a.example", 50, 99)));
        assertThrows(IllegalStateException.class, () -> pointer.moveTo(snapshot("a.example", 3, 99)));
        assertThrows(IllegalStateException.class, () -> pointer.moveTo(snapshot("b.example", 51, 99)));
        assertEquals(50, pointer.serial());
    }

    private static ConfigSnapshot snapshot(String domain, long serial, long id) throws Exception {
        ConfigSnapshot snapshot = ConfigSnapshot.publish(domain, serial,
                new ConfigSnapshot.CompiledContent(new byte[] {1}, "00"),
                new ConfigSnapshot.SignedBy("admin", Instant.EPOCH, new byte[] {2}, "k"), SnapshotSource.MANUAL,
                null, null);
        Field field = ConfigSnapshot.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(snapshot, id);
        return snapshot;
    }
}
