package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.rules.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the registry: paged search, and the few lookups the registry's rules need. A page is loaded in a
 * fixed number of queries (count, peers, their domains, their contacts), whatever its size.
 */
final class PeerQueries {

    private final EntityManager em;

    PeerQueries(EntityManager em) {
        this.em = em;
    }

    Page<PeerNetworkView> search(PeerSearch search) {
        PeerSearchQuery query = PeerSearchQuery.of(search);
        TypedQuery<Long> count = em.createQuery(query.countJpql(), Long.class);
        query.bind(count);
        long total = count.getSingleResult();
        if (total == 0 || search.offset() >= total) {
            return new Page<>(List.of(), total, search.offset(), search.limit());
        }
        TypedQuery<PeerNetwork> page = em.createQuery(query.selectJpql(), PeerNetwork.class)
                .setFirstResult(search.offset())
                .setMaxResults(search.limit());
        query.bind(page);
        return new Page<>(views(page.getResultList()), total, search.offset(), search.limit());
    }

    /** How many peer networks are reached through the clearing house with this id. */
    long reachedThrough(long clearingHouseId) {
        return em.createQuery("select count(p) from PeerNetwork p where p.clearingHouse.id = :id", Long.class)
                .setParameter("id", clearingHouseId)
                .getSingleResult();
    }

    /** Which of these domains are registered, and to whom. */
    List<DomainOwner> ownersOf(Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new " + DomainOwner.class.getName() + "(d.name, p.id, p.displayName)"
                        + " from PeerDomain d join d.peerNetwork p where d.name in :names order by d.name",
                        DomainOwner.class)
                .setParameter("names", domains)
                .getResultList();
    }

    private List<PeerNetworkView> views(List<PeerNetwork> peers) {
        List<Long> ids = peers.stream().map(PeerNetwork::id).toList();
        Map<Long, List<String>> domains = grouped(em.createQuery("select d.peerNetwork.id, d.name from PeerDomain d"
                + " where d.peerNetwork.id in :ids order by d.peerNetwork.id, d.position", Object[].class)
                .setParameter("ids", ids).getResultList());
        Map<Long, List<Contact>> contacts = grouped(em.createQuery("select p.id, c from PeerNetwork p"
                + " join p.contacts c where p.id in :ids order by p.id, index(c)", Object[].class)
                .setParameter("ids", ids).getResultList());
        List<PeerNetworkView> views = new ArrayList<>(peers.size());
        for (PeerNetwork peer : peers) {
            views.add(PeerNetworkView.of(peer, domains.getOrDefault(peer.id(), List.of()),
                    contacts.getOrDefault(peer.id(), List.of())));
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<Long, List<T>> grouped(List<Object[]> rows) {
        Map<Long, List<T>> byPeer = new HashMap<>();
        for (Object[] row : rows) {
            byPeer.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((T) row[1]);
        }
        return byPeer;
    }
}
