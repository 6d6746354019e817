package io.peeringconsole.audit.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LockWaitsTest {

    @Test
    void aLockTimeoutIsRecognisedFromTheProviderOrTheDriver() {
        assertTrue(LockWaits.timedOut(new LockTimeoutException("lock timeout")));
        assertTrue(LockWaits.timedOut(new PersistenceException("wrapped",
                new SQLException("Timeout trying to lock table", "HYT00"))));
        assertTrue(LockWaits.timedOut(new PersistenceException("wrapped",
                new SQLException("could not obtain lock on row", "55P03"))));
    }

    @Test
    void otherFailuresAreNotLockTimeouts() {
        assertFalse(LockWaits.timedOut(new PersistenceException("disk full",
                new SQLException("No space left on device", "XX000"))));
        assertFalse(LockWaits.timedOut(new PersistenceException("no cause")));
        assertFalse(LockWaits.timedOut(new PersistenceException("no state", new SQLException("?"))));
    }
}
