package io.peeringconsole.rules.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    @Test
    void findsTheSqlStateDeepInTheChain() {
        var unique = new PersistenceException("flush failed", new RuntimeException("statement",
                new SQLException("duplicate key", "23505")));
        assertTrue(PersistenceFailures.isUniqueViolation(unique));
        assertFalse(PersistenceFailures.isForeignKeyViolation(unique));
    }

    @Test
    void findsChainedBatchExceptions() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("fk", "23503"));
        assertTrue(PersistenceFailures.isForeignKeyViolation(new PersistenceException(batch)));
        assertTrue(PersistenceFailures.isForeignKeyViolation(new SQLException("h2 parent missing", "23506")));
    }

    @Test
    void otherFailuresAreNotConstraintViolations() {
        assertFalse(PersistenceFailures.isUniqueViolation(new PersistenceException("timeout",
                new SQLException("lock timeout", "HYT00"))));
        assertFalse(PersistenceFailures.isUniqueViolation(new PersistenceException("no cause")));
    }
}
