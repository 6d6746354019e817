package io.peeringconsole.agreement.application;

import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;

/**
 * Loads agreements for an operator and writes changes, turning what the database refuses (a stale version, a second
 * open agreement for a pair, a party removed meanwhile) into conflicts a person can act on.
 */
final class AgreementStore {

    private static final Flushing.Conflicts CONFLICTS = Flushing.Conflicts.of(
            "This peering agreement was changed by someone else at the same moment (for"
                    + " example approved, suspended or terminated); reload it and decide again.",
            "Another open agreement between this local domain and this peer network"
                    + " was created at the same moment; reload the list, and revise or terminate that one.",
            "The local domain, peer network or clearing house of this agreement was"
                    + " removed at the same moment; reload and choose again.");

    private final EntityManager em;

    AgreementStore(EntityManager em) {
        this.em = em;
    }

    /** The agreement, if it exists and {@code op} may see its local domain. */
    Optional<PeeringAgreement> visible(Operator op, long id) {
        AccessPolicy.requireCanReadRegistry(op);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        return Optional.ofNullable(em.find(PeeringAgreement.class, id))
                .filter(a -> visible == null || visible.contains(a.localDomain()));
    }

    /** The agreement to change, refused unless {@code op} may see it and it is still at {@code expectedVersion}. */
    PeeringAgreement current(Operator op, long id, long expectedVersion) {
        AccessPolicy.requireCanReadRegistry(op);
        PeeringAgreement agreement = em.find(PeeringAgreement.class, id);
        if (agreement == null) {
            throw new NotFoundException("There is no peering agreement with id " + id + ".");
        }
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (visible != null && !visible.contains(agreement.localDomain())) {
            throw new AccessDeniedException("The peering agreement " + id + " belongs to the local domain "
                    + agreement.localDomain() + ", which you do not administer.");
        }
        if (agreement.version() != expectedVersion) {
            throw new ConflictException("The peering agreement " + id + " was changed by someone else since you"
                    + " opened it (version " + expectedVersion + ", now " + agreement.version() + "; it is "
                    + agreement.status() + "). Reload it and decide again.");
        }
        return agreement;
    }

    void persist(PeeringAgreement agreement) {
        flushing(() -> em.persist(agreement));
    }

    /** Runs {@code change} and flushes it, so that the audit entry is written only for a change that held. */
    void flushing(Runnable change) {
        Flushing.flush(em, CONFLICTS, change);
    }
}
