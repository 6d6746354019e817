package io.peeringconsole.agreement.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agreements waiting for this operator's approval: pending, not proposed by them, not yet approved by them, and
 * missing an approval in a capacity they hold (for the local domain they administer, or as security officer). The
 * same rules as four eyes, asked in the database so that the inbox pages like any list.
 */
@ApplicationScoped
public class ApprovalInbox {

    private static final String NOT_APPROVED_AS = "not exists (select 1 from PeeringAgreement b join"
            + " b.approvalRound.approvals g where b.id = a.id and g.capacity = :%s)";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    /** Oldest first: whoever waits longest comes first. */
    @Transactional
    public Page<AgreementView> page(Operator op, int offset, int limit) {
        PageWindow.check(offset, limit);
        Criteria criteria = Criteria.of(op);
        if (criteria == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        long total = criteria.bind(em.createQuery("select count(a) from PeeringAgreement a" + criteria.where,
                Long.class), op).getSingleResult();
        if (total == 0 || offset >= total) {
            return new Page<>(List.of(), total, offset, limit);
        }
        List<PeeringAgreement> rows = criteria.bind(em.createQuery("select a from PeeringAgreement a"
                + criteria.where + " order by a.lastChange.changedAt, a.id", PeeringAgreement.class), op)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, String> names = new AgreementQueries(em).peerNames(rows.stream()
                .map(PeeringAgreement::peerNetworkId).toList());
        return new Page<>(rows, total, offset, limit).map(a -> AgreementView.of(a, names.get(a.peerNetworkId())));
    }

    @Transactional
    public long count(Operator op) {
        Criteria criteria = Criteria.of(op);
        return criteria == null ? 0 : criteria.bind(em.createQuery("select count(a) from PeeringAgreement a"
                + criteria.where, Long.class), op).getSingleResult();
    }

    /** The where clause for one operator; null when they hold no capacity to approve in. */
    private record Criteria(String where, boolean scoped, boolean domain, boolean security) {

        static Criteria of(Operator op) {
            boolean admin = op.has(Role.ADMIN);
            boolean domainAdmin = !admin && op.has(Role.DOMAIN_ADMIN) && !op.localDomains().isEmpty();
            List<String> capacities = new ArrayList<>();
            if (admin || domainAdmin) {
                capacities.add("(" + notApprovedAs(ApprovalCapacity.DOMAIN)
                        + (domainAdmin ? " and a.localDomain in :administered" : "") + ")");
            }
            if (op.has(Role.SECURITY_OFFICER)) {
                capacities.add("(a.approvalRound.securityApprovalNeeded = true and "
                        + notApprovedAs(ApprovalCapacity.SECURITY) + ")");
            }
            if (capacities.isEmpty() || !AccessPolicy.canReadRegistry(op)) {
                return null;
            }
            String where = " where a.lastChange.status = :pending and a.approvalRound.proposedBy <> :me"
                    + " and not exists (select 1 from PeeringAgreement c join c.approvalRound.approvals m"
                    + " where c.id = a.id and m.approver = :me)"
                    + " and (" + String.join(" or ", capacities) + ")";
            return new Criteria(where, domainAdmin, admin || domainAdmin, op.has(Role.SECURITY_OFFICER));
        }

        private static String notApprovedAs(ApprovalCapacity capacity) {
            return NOT_APPROVED_AS.formatted(capacity.name().toLowerCase(Locale.ROOT));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query, Operator op) {
            query.setParameter("pending", AgreementStatus.PENDING_APPROVAL).setParameter("me", op.username());
            if (domain) {
                query.setParameter("domain", ApprovalCapacity.DOMAIN);
            }
            if (security) {
                query.setParameter("security", ApprovalCapacity.SECURITY);
            }
            if (scoped) {
                query.setParameter("administered", op.localDomains());
            }
            return query;
        }
    }
}
