package io.peeringconsole.registry.application;

import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.LocalDomain;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The local domains this console administers (tenants). Only an ADMIN adds, renames or removes them. */
@ApplicationScoped
public class LocalDomainService {

    static final String TARGET_TYPE = "LocalDomain";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    @Transactional
    public LocalDomainView create(Operator op, String name, String displayName) {
        AccessPolicy.requireCanManageLocalDomains(op);
        DomainName domain = DomainName.parse(name, "name");
        if (findEntity(domain.asString()).isPresent()) {
            throw alreadyRegistered(domain.asString(), null);
        }
        LocalDomain local = LocalDomain.register(domain, displayName,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        flushing(domain.asString(), () -> em.persist(local));
        LocalDomainView view = LocalDomainView.of(local);
        auditTrail.record(op.actor(), AuditEvent.of("LOCAL_DOMAIN_CREATED", TARGET_TYPE, String.valueOf(view.id()))
                .inDomain(view.name()).after(view.auditState()));
        return view;
    }

    @Transactional
    public LocalDomainView update(Operator op, long id, long expectedVersion, String displayName) {
        AccessPolicy.requireCanManageLocalDomains(op);
        LocalDomain local = current(id, expectedVersion);
        String before = LocalDomainView.of(local).auditState();
        flushing(local.name(), () -> local.rename(displayName));
        LocalDomainView view = LocalDomainView.of(local);
        auditTrail.record(op.actor(), AuditEvent.of("LOCAL_DOMAIN_UPDATED", TARGET_TYPE, String.valueOf(id))
                .inDomain(view.name()).before(before).after(view.auditState()));
        return view;
    }

    @Transactional
    public void delete(Operator op, long id, long expectedVersion) {
        AccessPolicy.requireCanManageLocalDomains(op);
        LocalDomain local = current(id, expectedVersion);
        long scopedAccounts = em.createQuery("select count(a) from Account a join a.localDomains d where d = :name",
                Long.class).setParameter("name", local.name()).getSingleResult();
        if (scopedAccounts > 0) {
            throw new ConflictException("The local domain " + local.name() + " is still administered by "
                    + scopedAccounts + " account(s); change their domains first.");
        }
        String before = LocalDomainView.of(local).auditState();
        flushing(local.name(), () -> em.remove(local));
        auditTrail.record(op.actor(), AuditEvent.of("LOCAL_DOMAIN_DELETED", TARGET_TYPE, String.valueOf(id))
                .inDomain(local.name()).before(before));
    }

    /** The local domain of that name, in any spelling; empty also when the name is not a valid domain. */
    @Transactional
    public Optional<LocalDomainView> find(String name) {
        try {
            return findEntity(DomainName.parse(name).asString()).map(LocalDomainView::of);
        } catch (RuleViolationException notADomain) {
            return Optional.empty();
        }
    }

    /** Local domains whose name or display name contains {@code text}; a DOMAIN_ADMIN sees only their own. */
    @Transactional
    public Page<LocalDomainView> list(Operator op, String text, int offset, int limit) {
        AccessPolicy.requireCanReadRegistry(op);
        PageWindow.check(offset, limit);
        return new LocalDomainQueries(em).page(AccessPolicy.visibleLocalDomains(op), text, offset, limit)
                .map(LocalDomainView::of);
    }

    @Transactional
    public List<String> allNames() {
        return em.createQuery("select l.name from LocalDomain l order by l.name", String.class).getResultList();
    }

    private Optional<LocalDomain> findEntity(String normalisedName) {
        return em.createQuery("select l from LocalDomain l where l.name = :name", LocalDomain.class)
                .setParameter("name", normalisedName)
                .getResultStream()
                .findFirst();
    }

    private LocalDomain current(long id, long expectedVersion) {
        LocalDomain local = em.find(LocalDomain.class, id);
        if (local == null) {
            throw new NotFoundException("There is no local domain with id " + id + "; it may have been deleted.");
        }
        if (local.version() != expectedVersion) {
            throw new ConflictException("The local domain " + local.name() + " was changed by someone else since you"
                    + " opened it (version " + expectedVersion + ", now " + local.version() + "); reload and apply"
                    + " your change again.");
        }
        return local;
    }

    private void flushing(String name, Runnable change) {
        Flushing.flush(em, new Flushing.Conflicts(
                "The local domain " + name + " was changed by someone else while you were saving; reload and apply"
                        + " your change again.",
                failure -> alreadyRegistered(name, failure),
                "The local domain " + name + " is still in use (by accounts or peering agreements); remove those"
                        + " references first."), change);
    }

    private static ConflictException alreadyRegistered(String name, Throwable cause) {
        return new ConflictException("The local domain " + name + " is already registered.", cause);
    }
}
