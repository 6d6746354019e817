package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.AuditSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signs the head of the chain with the console's key, on demand and at a fixed interval. The head row stays locked
 * from reading it to recording the checkpoint, so the entry that records checkpoint {@code n} is always entry
 * {@code n + 1} — which is how verification notices a deleted checkpoint.
 */
@ApplicationScoped
public class AuditCheckpoints {

    static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSigner signer;

    /**
     * Signs the head now.
     *
     * @throws AuditRefusedException if the trail is empty
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditCheckpoint create(Actor actor) {
        return sign(actor, false).orElseThrow();
    }

    /**
     * Signs the head unless nothing but the newest checkpoint's own record was added since; for the scheduler, so an
     * idle console does not fill the table with checkpoints of checkpoints.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<AuditCheckpoint> createIfNew(Actor actor) {
        return sign(actor, true);
    }

    public Optional<AuditCheckpoint> newest() {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Checkpoints, newest first. */
    public List<AuditCheckpoint> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page of checkpoints needs an offset of 0 or more and a limit"
                    + " between 1 and " + MAX_PAGE + ".");
        }
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from AuditCheckpoint c", Long.class).getSingleResult();
    }

    private Optional<AuditCheckpoint> sign(Actor actor, boolean onlyIfNew) {
        AuditChainHead head = lockedHead();
        if (onlyIfNew && head.lastSequence() == 0) {
            return Optional.empty();
        }
        if (head.lastSequence() == 0) {
            throw new AuditRefusedException("The audit trail is empty: there is nothing for a checkpoint to vouch for"
                    + " yet. Make a change first.");
        }
        Optional<AuditCheckpoint> newest = newest();
        if (onlyIfNew && newest.isPresent() && head.lastSequence() <= newest.get().sequence() + 1) {
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(head, Instant.now(), signer);
        try {
            em.persist(checkpoint);
            em.flush();
        } catch (PersistenceException e) {
            throw new AuditUnavailableException("The checkpoint of entry " + head.lastSequence()
                    + " could not be stored.", e);
        }
        trail.record(actor, AuditEvent.of(AuditCheckpoint.RECORDED_ACTION, "AuditCheckpoint",
                Long.toString(checkpoint.sequence())).after("{\"sequence\":" + checkpoint.sequence()
                + ",\"entryHash\":\"" + checkpoint.entryHash() + "\",\"keyId\":\"" + checkpoint.keyId() + "\"}"));
        return Optional.of(checkpoint);
    }

    private AuditChainHead lockedHead() {
        try {
            AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                throw new AuditUnavailableException("The audit chain head is missing; the database migration"
                        + " V1__audit did not run.", null);
            }
            return head;
        } catch (PersistenceException e) {
            throw new AuditUnavailableException("The audit chain could not be locked to sign a checkpoint.", e);
        }
    }
}
