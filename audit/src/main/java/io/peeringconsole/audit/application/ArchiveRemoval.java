package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.ArchiveBoundary;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.AuditSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * The database half of an archive run, in one transaction: with the chain head locked, removes the archived entries
 * and their checkpoints, stores the signed boundary and records the run. If anything fails, nothing is removed.
 */
@ApplicationScoped
class ArchiveRemoval {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSigner signer;

    @Inject
    TrailVerification verification;

    @Transactional(Transactional.TxType.REQUIRED)
    ArchiveBoundary commit(Actor actor, ArchiveBoundary.Facts facts, Long expectedPreviousBoundary) {
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Long previous = verification.newestBoundary().map(ArchiveBoundary::lastSequence).orElse(null);
        if (!Objects.equals(previous, expectedPreviousBoundary)) {
            throw new AuditRefusedException("Another archive run finished first; the file " + facts.archiveFile()
                    + " was not used. Run the archive again if older entries remain.");
        }
        int removed = em.createQuery("delete from AuditEntry e where e.sequence >= :first and e.sequence <= :last")
                .setParameter("first", facts.firstSequence()).setParameter("last", facts.lastSequence())
                .executeUpdate();
        if (removed != facts.lastSequence() - facts.firstSequence() + 1) {
            throw new AuditRefusedException("Entries " + facts.firstSequence() + " to " + facts.lastSequence()
                    + " should be " + (facts.lastSequence() - facts.firstSequence() + 1) + " but " + removed
                    + " were found: the trail changed while it was being archived. Verify it, then try again.");
        }
        em.createQuery("delete from AuditCheckpoint c where c.sequence <= :last")
                .setParameter("last", facts.lastSequence()).executeUpdate();
        ArchiveBoundary boundary = ArchiveBoundary.sign(facts, signer);
        em.persist(boundary);
        em.flush();
        trail.record(actor, AuditEvent.of(ArchiveBoundary.RECORDED_ACTION, "AuditArchive", facts.archiveFile())
                .after("{\"firstSequence\":" + facts.firstSequence() + ",\"lastSequence\":" + facts.lastSequence()
                        + ",\"lastHash\":\"" + facts.lastHash() + "\",\"file\":"
                        + AuditExporter.jsonText(facts.archiveFile()) + ",\"sha256\":\"" + facts.fileSha256()
                        + "\"}"));
        return boundary;
    }
}
