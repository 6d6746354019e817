package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the trail: pages of entries for people, one entry by its sequence, and the verification of the chain. */
@ApplicationScoped
public class AuditQueries {

    static final int MAX_PAGE = 1000;

    private static final String TEXT_MATCH = "(lower(e.action) like :text escape '!'"
            + " or lower(e.actorName) like :text escape '!'"
            + " or lower(e.targetType) like :text escape '!'"
            + " or lower(e.targetId) like :text escape '!')";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    TrailVerification verification;

    /** Entries matching the filter, newest first. */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page of the audit trail needs an offset of 0 or more and a limit"
                    + " between 1 and " + MAX_PAGE + ".");
        }
        if (filter.showsNothing()) {
            return List.of();
        }
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + where(filter) + " order by e.sequence desc", AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many entries match the filter. */
    public long count(AuditFilter filter) {
        if (filter.showsNothing()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public Optional<AuditEntry> find(long sequence) {
        return Optional.ofNullable(em.find(AuditEntry.class, sequence));
    }

    /**
     * Verifies the whole stored trail: every entry and link, every signed checkpoint, the archive boundary and the
     * chain head (see {@link TrailVerification}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification verifyChain() {
        return verification.run();
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.visibleDomains() != null) {
            where.append(" where e.localDomain in :domains");
        }
        if (filter.text() != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(TEXT_MATCH);
        }
        if (filter.targetType() != null) {
            where.append(where.isEmpty() ? " where " : " and ").append("e.targetType = :targetType");
        }
        if (filter.targetId() != null) {
            where.append(" and e.targetId = :targetId");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (filter.visibleDomains() != null) {
            query.setParameter("domains", filter.visibleDomains());
        }
        if (filter.text() != null) {
            query.setParameter("text", filter.likePattern());
        }
        if (filter.targetType() != null) {
            query.setParameter("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            query.setParameter("targetId", filter.targetId());
        }
    }
}
