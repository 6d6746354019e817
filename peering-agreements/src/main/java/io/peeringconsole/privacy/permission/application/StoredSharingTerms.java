package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting;
import io.peeringconsole.rules.application.IdChunks;
import io.peeringconsole.snapshot.application.SharingTerms;
import io.peeringconsole.snapshot.domain.SharingTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Override
    public Map<Long, SharingTerm> termsOf(String localDomain, Collection<Long> peerNetworkIds) {
        Map<Long, PrivacyPermissionSetting> stored = new HashMap<>();
        PairFacts pairs = new PairFacts(em);
        IdChunks.query(peerNetworkIds, slice -> List.copyOf(pairs.settings(localDomain, slice).values()))
                .forEach(setting -> stored.put(setting.peerNetworkId(), setting));
        Map<Long, SharingTerm> terms = new HashMap<>();
        for (Long peer : peerNetworkIds) {
            PrivacyPermissionSetting setting = stored.get(peer);
            terms.put(peer, setting == null ? SharingTerm.denyAll()
                    : new SharingTerm(setting.mode(), setting.allowedAttributes()));
        }
        return terms;
    }
}
