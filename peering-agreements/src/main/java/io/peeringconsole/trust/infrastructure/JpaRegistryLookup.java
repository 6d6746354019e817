package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.rules.application.IdChunks;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.trust.domain.RegistryLookup;
import io.peeringconsole.trust.domain.TrustedPeer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRegistryLookup implements RegistryLookup {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public Optional<TrustedPeer> peer(long peerNetworkId) {
        return Optional.ofNullable(em.find(PeerNetwork.class, peerNetworkId))
                .map(p -> new TrustedPeer(p.id(), p.displayName(), p.domainNames()));
    }

    @Override
    public Map<Long, TrustedPeer> peers(Collection<Long> ids) {
        Map<Long, TrustedPeer> peers = new HashMap<>();
        IdChunks.query(ids, slice -> em.createQuery("select distinct p from PeerNetwork p left join fetch p.domains"
                        + " where p.id in :ids", PeerNetwork.class)
                .setParameter("ids", slice)
                .getResultList())
                .forEach(p -> peers.put(p.id(), new TrustedPeer(p.id(), p.displayName(), p.domainNames())));
        return peers;
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.displayName from PeerNetwork p where p.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    public boolean isLocalDomain(String name) {
        return em.createQuery("select count(l) from LocalDomain l where l.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult() > 0;
    }
}
