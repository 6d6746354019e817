package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.LocalDomain;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;

/** Paged listing of local domains, limited to the domains an operator may see. */
final class LocalDomainQueries {

    private final EntityManager em;

    LocalDomainQueries(EntityManager em) {
        this.em = em;
    }

    /** {@code visible} null means every local domain. */
    Page<LocalDomain> page(Set<String> visible, String text, int offset, int limit) {
        if (visible != null && visible.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String pattern = LikePattern.containing(text);
        String where = " where 1 = 1"
                + (visible == null ? "" : " and l.name in :visible")
                + (pattern == null ? "" : " and (l.name like :text escape '!' or lower(l.displayName) like :text"
                        + " escape '!')");
        TypedQuery<Long> count = em.createQuery("select count(l) from LocalDomain l" + where, Long.class);
        TypedQuery<LocalDomain> page = em.createQuery("select l from LocalDomain l" + where + " order by l.name",
                LocalDomain.class);
        for (var query : List.of(count, page)) {
            if (visible != null) {
                query.setParameter("visible", visible);
            }
            if (pattern != null) {
                query.setParameter("text", pattern);
            }
        }
        List<LocalDomain> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }
}
