package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.ArchiveBoundary;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditSigner;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.audit.domain.ChainVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Streams the stored trail through a {@link ChainVerifier}: the newest archive boundary first, then page by page the
 * checkpoints and entries of each stretch, and finally the newest checkpoint, which is how a cut tail shows even when
 * the chain head row was rewritten to match.
 */
@ApplicationScoped
public class TrailVerification {

    /** Rows per query; enough to keep round trips few, small enough to keep memory flat. */
    static final int PAGE = 1000;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditSigner signer;

    /**
     * Verifies the whole stored trail. The newest checkpoint is read before the head, and only entries up to the head
     * are checked: what is recorded while verification runs commits with a newer head (and a checkpoint with its own
     * record), and would otherwise be mistaken for entries added or removed behind the trail's back. Runs outside any
     * transaction so that no transaction stays open over millions of rows and each page is detached once read.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification run() {
        Optional<AuditCheckpoint> newestCheckpoint = newestCheckpoint();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing; the database migration V1__audit did not"
                    + " run.");
        }
        ChainVerifier verifier = new ChainVerifier(signer);
        newestBoundary().ifPresent(verifier::startAfter);
        long last = 0;
        long checkpointsFedTo = 0;
        List<AuditEntry> page;
        do {
            page = em.createQuery("select e from AuditEntry e where e.sequence > :last and e.sequence <= :head"
                            + " order by e.sequence", AuditEntry.class)
                    .setParameter("last", last).setParameter("head", head.lastSequence())
                    .setMaxResults(PAGE).getResultList();
            if (!page.isEmpty()) {
                long to = page.getLast().sequence();
                checkpointsBetween(checkpointsFedTo, to).forEach(verifier::checkpoint);
                checkpointsFedTo = to;
            }
            for (AuditEntry entry : page) {
                verifier.accept(entry);
                last = entry.sequence();
            }
        } while (page.size() == PAGE && !verifier.isBroken());
        long fedTo = checkpointsFedTo;
        newestCheckpoint.filter(c -> c.sequence() > fedTo && !verifier.isBroken()).ifPresent(verifier::checkpoint);
        if (!verifier.isBroken()) {
            entryBeyond(head).ifPresent(verifier::accept);
        }
        return verifier.result(head.lastSequence(), head.lastHash());
    }

    /**
     * The first entry beyond the head that a fresh look at the head still does not cover: written behind the audit
     * trail's back, since every real append moves the head in the same transaction.
     */
    private Optional<AuditEntry> entryBeyond(AuditChainHead head) {
        Optional<AuditEntry> beyond = em.createQuery("select e from AuditEntry e where e.sequence > :head"
                        + " order by e.sequence", AuditEntry.class)
                .setParameter("head", head.lastSequence()).setMaxResults(1).getResultStream().findFirst();
        if (beyond.isEmpty()) {
            return beyond;
        }
        AuditChainHead fresh = em.find(AuditChainHead.class, AuditChainHead.ID);
        return beyond.filter(e -> fresh == null || e.sequence() > fresh.lastSequence());
    }

    /** The archive boundary the stored trail starts after, if entries were ever archived. */
    public Optional<ArchiveBoundary> newestBoundary() {
        return em.createQuery("select b from ArchiveBoundary b order by b.lastSequence desc", ArchiveBoundary.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<AuditCheckpoint> newestCheckpoint() {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Checkpoints with {@code from < sequence <= to}; a page of entries has at most as many checkpoints as entries. */
    private List<AuditCheckpoint> checkpointsBetween(long from, long to) {
        return em.createQuery("select c from AuditCheckpoint c where c.sequence > :from and c.sequence <= :to"
                        + " order by c.sequence", AuditCheckpoint.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
