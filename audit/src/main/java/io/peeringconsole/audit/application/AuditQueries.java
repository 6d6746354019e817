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

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    TrailVerification verification;

    /** Entries matching the filter, in the filter's order (newest first unless it says otherwise). */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page of the audit trail needs an offset of 0 or more and a limit"
                    + " between 1 and " + MAX_PAGE + ".");
        }
        if (filter.showsNothing()) {
            return List.of();
        }
        AuditFilterQuery plan = new AuditFilterQuery(filter);
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + plan.where() + plan.orderBy(), AuditEntry.class);
        plan.bind(query);
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

    /** The distinct actions in the trail, sorted, for choosing among them; read from the action index. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .setMaxResults(MAX_PAGE)
                .getResultList();
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

    /** The filter's where clause, for every query over a filtered range of the trail. */
    static String where(AuditFilter filter) {
        return new AuditFilterQuery(filter).where();
    }

    /** Binds the parameters of {@link #where(AuditFilter)}. */
    static void bind(TypedQuery<?> query, AuditFilter filter) {
        new AuditFilterQuery(filter).bind(query);
    }
}
