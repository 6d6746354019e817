package io.peeringconsole.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Looks up domain owners in a transaction of its own. Used after a flush lost a race for a domain: the caller's
 * transaction can no longer run queries then, but the winner has committed, so a fresh one can name it.
 */
@ApplicationScoped
public class CommittedDomainOwners {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DomainOwner> of(Collection<String> domains) {
        return new PeerQueries(em).ownersOf(domains);
    }
}
