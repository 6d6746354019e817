package io.peeringconsole.audit.application;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/** Recognises a lock that was not granted in time, whichever layer reports it and whichever database ran it. */
final class LockWaits {

    // H2: lock timeout (HYT00); PostgreSQL: lock_not_available (55P03), which its lock_timeout also reports.
    private static final Set<String> TIMED_OUT = Set.of("HYT00", "55P03");

    private LockWaits() {
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && TIMED_OUT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
