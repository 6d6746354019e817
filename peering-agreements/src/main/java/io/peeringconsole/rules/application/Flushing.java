package io.peeringconsole.rules.application;

import io.peeringconsole.rules.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;

/**
 * Runs a change and flushes it at once, so that the audit entry that follows is written only for a change that held,
 * and turns the races another console node can win into conflicts a person can act on: a stale version, a duplicate
 * (unique key) and a vanished or still-referenced row (foreign key). Each service says what those mean for its records.
 */
public final class Flushing {

    /**
     * The words for each lost race.
     *
     * @param stale what to say when someone else changed the record meanwhile
     * @param duplicate builds the conflict for a unique-key violation (it may look up who holds the key)
     * @param reference what to say when a foreign key failed
     */
    public record Conflicts(String stale, Function<PersistenceException, ConflictException> duplicate, String reference) {

        public static Conflicts of(String stale, String duplicate, String reference) {
            return new Conflicts(stale, failure -> new ConflictException(duplicate, failure), reference);
        }
    }

    private Flushing() {
    }

    public static void flush(EntityManager em, Conflicts conflicts, Runnable change) {
        try {
            change.run();
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new ConflictException(conflicts.stale(), stale);
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isUniqueViolation(failure)) {
                throw conflicts.duplicate().apply(failure);
            }
            if (PersistenceFailures.isForeignKeyViolation(failure)) {
                throw new ConflictException(conflicts.reference(), failure);
            }
            throw failure;
        }
    }
}
