package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.AgreementParties;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.IdChunks;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/** What agreements and public groups read from the peer registry: local domains, peers and clearing houses. */
final class RegistryFacts {

    private final EntityManager em;

    RegistryFacts(EntityManager em) {
        this.em = em;
    }

    void requireLocalDomain(String name) {
        long found = em.createQuery("select count(l) from LocalDomain l where l.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
        if (found == 0) {
            throw new RuleViolationException("localDomain", "There is no local domain " + name + "; an ADMIN adds"
                    + " local domains before agreements or public groups are made for them.");
        }
    }

    /** The parties as the registry knows them now; refused if the route does not fit the peer. */
    AgreementParties parties(String localDomain, long peerNetworkId, Long clearingHouseId) {
        return new AgreementParties(localDomain, peer(peerNetworkId, "peerNetworkId"), clearingHouse(clearingHouseId));
    }

    /**
     * Reads these peers with their domains into the persistence context in one query per thousand, so that the
     * lookups by id that follow are answered from it.
     */
    void load(Collection<Long> ids) {
        IdChunks.query(ids, slice -> em.createQuery("select distinct p from PeerNetwork p left join fetch p.domains"
                + " where p.id in :ids", PeerNetwork.class).setParameter("ids", slice).getResultList());
    }

    RegisteredPeer peer(long id, String field) {
        PeerNetwork peer = em.find(PeerNetwork.class, id);
        if (peer == null) {
            throw new RuleViolationException(field, "There is no peer network with id " + id + "; choose one from"
                    + " the registry.");
        }
        return RegisteredPeer.of(peer);
    }

    RegisteredPeer clearingHouse(Long id) {
        return id == null ? null : peer(id, "clearingHouseId");
    }
}
