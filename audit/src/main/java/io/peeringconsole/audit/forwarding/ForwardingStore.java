package io.peeringconsole.audit.forwarding;

import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The forwarding queue's database side: entries after the cursor, and the cursor itself. Each method is its own short
 * transaction, so that no transaction stays open while the receiver is being talked to.
 */
@ApplicationScoped
public class ForwardingStore {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    /** Up to {@code max} entries after the cursor, oldest first. */
    @Transactional
    public List<AuditEntry> pending(int max) {
        return em.createQuery("select e from AuditEntry e where e.sequence > :cursor order by e.sequence",
                        AuditEntry.class)
                .setParameter("cursor", cursor(LockModeType.NONE).lastSequence())
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional
    public void confirmed(long upTo, Instant now) {
        cursor(LockModeType.PESSIMISTIC_WRITE).confirmedUpTo(upTo, now);
    }

    @Transactional
    public void failed(String reason, Instant now) {
        cursor(LockModeType.PESSIMISTIC_WRITE).failed(reason, now);
    }

    @Transactional
    public ForwardingStatus status(String destination) {
        ForwardingCursor cursor = cursor(LockModeType.NONE);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        return new ForwardingStatus(destination, cursor.lastSequence(), head == null ? 0 : head.lastSequence(),
                cursor.lastSuccessAt(), cursor.lastFailureAt(), cursor.lastFailure(), cursor.consecutiveFailures());
    }

    private ForwardingCursor cursor(LockModeType lock) {
        ForwardingCursor cursor = em.find(ForwardingCursor.class, ForwardingCursor.ID, lock);
        if (cursor == null) {
            throw new IllegalStateException("The forwarding cursor is missing; the database migration"
                    + " V8__audit_forwarding did not run.");
        }
        return cursor;
    }
}
