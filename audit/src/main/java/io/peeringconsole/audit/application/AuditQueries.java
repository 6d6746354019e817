package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.audit.domain.ChainVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the trail: pages of entries for people, one entry by its sequence, and the verification of the chain. */
@ApplicationScoped
public class AuditQueries {

    /** Rows per query while verifying; enough to keep round trips few, small enough to keep memory flat. */
    static final int VERIFY_PAGE = 1000;
    static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

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
     * Verifies the whole chain, page by page in sequence order, stopping at the first break.
     * <p>
     * The head is read first and only entries up to it are checked: entries recorded while verification runs commit
     * together with a newer head, and would otherwise be mistaken for entries added behind the trail's back. The
     * method runs outside any transaction so that no transaction is held open over millions of rows and each page is
     * detached as soon as it is read, leaving memory flat and the caller's persistence context untouched.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification verifyChain() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing; the database migration V1__audit did not"
                    + " run.");
        }
        ChainVerifier verifier = new ChainVerifier();
        long last = 0;
        List<AuditEntry> page;
        do {
            page = em.createQuery("select e from AuditEntry e where e.sequence > :last and e.sequence <= :head"
                            + " order by e.sequence", AuditEntry.class)
                    .setParameter("last", last)
                    .setParameter("head", head.lastSequence())
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                verifier.accept(entry);
                last = entry.sequence();
            }
        } while (page.size() == VERIFY_PAGE && !verifier.isBroken());
        return verifier.result(head.lastSequence(), head.lastHash());
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
