package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;

/**
 * Records audit entries. Call it after the change has succeeded and inside the same transaction: the entry is
 * flushed at once, so a failure to write it surfaces here and rolls the change back with it.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    /**
     * Appends one entry to the chain. The head row is locked for the rest of the transaction, which keeps the chain a
     * single line even when several console nodes record at once.
     *
     * @throws IllegalArgumentException if the event's states are too long or contain secret-looking keys
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, AuditEvent event) {
        Objects.requireNonNull(actor, "Who acted must be recorded.");
        Objects.requireNonNull(event, "What happened must be recorded.");
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing; the database migration V1__audit did not"
                    + " run. Nothing can be recorded, so nothing can be changed.");
        }
        AuditEntry entry = AuditChain.append(head, actor, event, Instant.now());
        em.persist(entry);
        em.flush();
    }
}
