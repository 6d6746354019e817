package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.snapshot.application.SharingTerms;
import io.peeringconsole.snapshot.domain.SharingTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a snapshot tells gateways about privacy sharing: the stored permission of the pair, or default deny (nothing
 * leaves, one copy per watcher) where none is stored. Asked inside the snapshot compiler's transaction.
 */
@ApplicationScoped
public class StoredSharingTerms implements SharingTerms {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public SharingTerm termsOf(String localDomain, long peerNetworkId) {
        return new PairFacts(em).setting(localDomain, peerNetworkId)
                .map(setting -> new SharingTerm(setting.mode(), setting.allowedAttributes()))
                .orElseGet(SharingTerm::denyAll);
    }
}
