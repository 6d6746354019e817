package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.rules.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read side of agreements: paged lists scoped to what an operator may see, and the lookups the services need. */
final class AgreementQueries {

    private static final List<AgreementStatus> OPEN = List.of(AgreementStatus.DRAFT,
            AgreementStatus.PENDING_APPROVAL, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED);
    private static final List<AgreementStatus> EXPIRABLE = List.of(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED);

    private final EntityManager em;

    AgreementQueries(EntityManager em) {
        this.em = em;
    }

    /** The agreement between this pair that is neither terminated nor expired, if there is one. */
    Optional<PeeringAgreement> openFor(String localDomain, long peerNetworkId) {
        return em.createQuery("select a from PeeringAgreement a where a.localDomain = :domain"
                        + " and a.peerNetworkId = :peer and a.lastChange.status in :open", PeeringAgreement.class)
                .setParameter("domain", localDomain)
                .setParameter("peer", peerNetworkId)
                .setParameter("open", OPEN)
                .getResultStream()
                .findFirst();
    }

    /** Newest first; {@code visible} null means every local domain. */
    Page<PeeringAgreement> page(Set<String> visible, AgreementFilter filter, int offset, int limit) {
        return page(visible, filter, AgreementSort.NEWEST, false, offset, limit);
    }

    Page<PeeringAgreement> page(Set<String> visible, AgreementFilter filter, AgreementSort sort, boolean ascending,
            int offset, int limit) {
        if (visible != null && visible.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = " where 1 = 1"
                + (visible == null ? "" : " and a.localDomain in :visible")
                + (filter.localDomain() == null ? "" : " and a.localDomain = :domain")
                + (filter.status() == null ? "" : " and a.lastChange.status = :status")
                + (filter.peerNetworkId() == null ? "" : " and a.peerNetworkId = :peer");
        TypedQuery<Long> count = bind(em.createQuery("select count(a) from PeeringAgreement a" + where, Long.class),
                visible, filter);
        long total = count.getSingleResult();
        if (total == 0 || offset >= total) {
            return new Page<>(List.of(), total, offset, limit);
        }
        TypedQuery<PeeringAgreement> rows = bind(em.createQuery("select a from PeeringAgreement a" + where
                + sort.orderBy(ascending), PeeringAgreement.class), visible, filter);
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), total, offset, limit);
    }

    /** Active or suspended agreements whose validity has ended by {@code now}, oldest first. */
    List<PeeringAgreement> dueForExpiry(Instant now, int max) {
        return em.createQuery("select a from PeeringAgreement a where a.lastChange.status in :expirable"
                        + " and a.validUntil <= :now order by a.id", PeeringAgreement.class)
                .setParameter("expirable", EXPIRABLE)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Display names of these peer networks, by id. */
    Map<Long, String> peerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.displayName from PeerNetwork p where p.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Set<String> visible, AgreementFilter filter) {
        if (visible != null) {
            query.setParameter("visible", visible);
        }
        if (filter.localDomain() != null) {
            query.setParameter("domain", filter.localDomain());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.peerNetworkId() != null) {
            query.setParameter("peer", filter.peerNetworkId());
        }
        return query;
    }
}
