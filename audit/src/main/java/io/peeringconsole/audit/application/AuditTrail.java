package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
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

    @Inject
    SensitiveValues sensitiveValues;

    /**
     * Appends one entry to the chain. The head row is locked for the rest of the transaction, which keeps the chain a
     * single line even when several console nodes record at once.
     *
     * Sensitive fields are sealed first, so their clear values never reach the entry.
     *
     * @throws IllegalArgumentException if the event's states are too long or contain secret-looking keys
     * @throws AuditUnavailableException if the entry cannot be written
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, AuditEvent event) {
        Objects.requireNonNull(actor, "Who acted must be recorded.");
        Objects.requireNonNull(event, "What happened must be recorded.");
        AuditEvent sealed = event.hasSensitiveFields() ? sensitiveValues.seal(event) : event;
        AuditChainHead head;
        try {
            head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException e) {
            if (LockWaits.timedOut(e)) {
                throw new AuditBusyException("Other changes held the audit chain for longer than the database's"
                        + " lock wait, so " + event.action() + " was not recorded and the change is refused with it.",
                        e);
            }
            throw new AuditUnavailableException("The audit chain could not be locked to record " + event.action()
                    + "; the change is refused with it.", e);
        }
        if (head == null) {
            throw new AuditUnavailableException("The audit chain head is missing; the database migration V1__audit did not"
                    + " run. Nothing can be recorded, so nothing can be changed.", null);
        }
        AuditEntry entry = AuditChain.append(head, actor, sealed, Instant.now());
        try {
            em.persist(entry);
            em.flush();
        } catch (PersistenceException e) {
            throw new AuditUnavailableException("The audit trail could not record " + event.action()
                    + "; the change is refused with it.", e);
        }
    }
}
