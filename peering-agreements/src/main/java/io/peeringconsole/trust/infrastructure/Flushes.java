package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.application.PersistenceFailures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** Runs a change and flushes it, turning the races another console node can win into conflicts. */
final class Flushes {

    private Flushes() {
    }

    static void flushing(EntityManager em, String duplicateMessage, Runnable change) {
        try {
            change.run();
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new ConflictException("This was changed by someone else while you were saving; reload and apply"
                    + " your change again.", stale);
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isUniqueViolation(failure)) {
                throw new ConflictException(duplicateMessage, failure);
            }
            if (PersistenceFailures.isForeignKeyViolation(failure)) {
                throw new ConflictException("The peer network or certificate this refers to was removed meanwhile;"
                        + " reload and try again.", failure);
            }
            throw failure;
        }
    }
}
