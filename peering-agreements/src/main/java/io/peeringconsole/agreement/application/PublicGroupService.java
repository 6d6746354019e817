package io.peeringconsole.agreement.application;

import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.PublicGroup;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.agreement.domain.ResourceListUri;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Public groups (C5): resource lists of a local domain, exposed to chosen peer networks. Same pattern as the
 * agreements: access policy, aggregate, flush, audit, in one transaction.
 */
@ApplicationScoped
public class PublicGroupService {

    static final String TARGET_TYPE = "PublicGroup";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PublicGroupView create(Operator op, String localDomain, String uri, int maxSize) {
        return create(op, localDomain, uri, maxSize, Set.of());
    }

    /** A new group, already exposed to these peers: created whole or not at all. */
    @Transactional
    public PublicGroupView create(Operator op, String localDomain, String uri, int maxSize, Set<Long> peerNetworkIds) {
        RegistryFacts registry = new RegistryFacts(em);
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        AccessPolicy.requireCanAdministerDomain(op, domain);
        registry.requireLocalDomain(domain);
        ResourceListUri parsed = ResourceListUri.parse(uri, domain);
        if (!em.createQuery("select g.id from PublicGroup g where g.uri = :uri", Long.class)
                .setParameter("uri", parsed.asString()).getResultList().isEmpty()) {
            throw duplicate(parsed.asString(), null);
        }
        PublicGroup group = PublicGroup.define(parsed, maxSize, op, now());
        Collection<RegisteredPeer> peers = peerNetworkIds.stream().distinct()
                .map(peerId -> registry.peer(peerId, "exposedTo")).toList();
        flushing(parsed.asString(), () -> {
            em.persist(group);
            if (!peers.isEmpty()) {
                group.exposeTo(peers, op, now());
            }
        });
        return recorded(op, "PUBLIC_GROUP_CREATED", group, null);
    }

    /** Exposes the group to exactly these peer networks; an empty set withdraws it from all. */
    @Transactional
    public PublicGroupView expose(Operator op, long id, long expectedVersion, Set<Long> peerNetworkIds) {
        PublicGroup group = current(op, id, expectedVersion);
        String before = PublicGroupView.of(group).auditState();
        RegistryFacts registry = new RegistryFacts(em);
        Collection<RegisteredPeer> peers = peerNetworkIds.stream().distinct()
                .map(peerId -> registry.peer(peerId, "exposedTo")).toList();
        flushing(group.uri(), () -> group.exposeTo(peers, op, now()));
        return recorded(op, "PUBLIC_GROUP_EXPOSED", group, before);
    }

    /** Size and exposure in one change: one version, one audit entry, all or nothing. */
    @Transactional
    public PublicGroupView update(Operator op, long id, long expectedVersion, int maxSize, Set<Long> peerNetworkIds) {
        PublicGroup group = current(op, id, expectedVersion);
        String before = PublicGroupView.of(group).auditState();
        RegistryFacts registry = new RegistryFacts(em);
        Collection<RegisteredPeer> peers = peerNetworkIds.stream().distinct()
                .map(peerId -> registry.peer(peerId, "exposedTo")).toList();
        flushing(group.uri(), () -> {
            group.resize(maxSize, op, now());
            group.exposeTo(peers, op, now());
        });
        return recorded(op, "PUBLIC_GROUP_UPDATED", group, before);
    }

    @Transactional
    public Optional<PublicGroupView> find(Operator op, long id) {
        AccessPolicy.requireCanReadRegistry(op);
        PublicGroup group = em.find(PublicGroup.class, id);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (group == null || visible != null && !visible.contains(group.localDomain())) {
            return Optional.empty();
        }
        return Optional.of(PublicGroupView.of(group));
    }

    @Transactional
    public PublicGroupView resize(Operator op, long id, long expectedVersion, int maxSize) {
        PublicGroup group = current(op, id, expectedVersion);
        String before = PublicGroupView.of(group).auditState();
        flushing(group.uri(), () -> group.resize(maxSize, op, now()));
        return recorded(op, "PUBLIC_GROUP_RESIZED", group, before);
    }

    @Transactional
    public void remove(Operator op, long id, long expectedVersion) {
        PublicGroup group = current(op, id, expectedVersion);
        group.checkRemovableBy(op);
        String before = PublicGroupView.of(group).auditState();
        flushing(group.uri(), () -> em.remove(group));
        auditTrail.record(op.actor(), AuditEvent.of("PUBLIC_GROUP_REMOVED", TARGET_TYPE, String.valueOf(id))
                .inDomain(group.localDomain()).before(before));
    }

    /** Groups of the local domains {@code op} may see, optionally of one local domain, by URI. */
    @Transactional
    public Page<PublicGroupView> list(Operator op, String localDomain, int offset, int limit) {
        AccessPolicy.requireCanReadRegistry(op);
        PageWindow.check(offset, limit);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (visible != null && visible.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String domain = localDomain == null ? null : DomainName.parse(localDomain, "localDomain").asString();
        String where = " where 1 = 1" + (visible == null ? "" : " and g.localDomain in :visible")
                + (domain == null ? "" : " and g.localDomain = :domain");
        var count = em.createQuery("select count(g) from PublicGroup g" + where, Long.class);
        var rows = em.createQuery("select g from PublicGroup g" + where + " order by g.uri", PublicGroup.class);
        for (var query : List.of(count, rows)) {
            if (visible != null) {
                query.setParameter("visible", visible);
            }
            if (domain != null) {
                query.setParameter("domain", domain);
            }
        }
        List<PublicGroupView> items = rows.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(PublicGroupView::of).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    /** The groups of {@code localDomain} exposed to this peer: all that its configuration may list. */
    @Transactional
    public List<PublicGroupView> exposedTo(String localDomain, long peerNetworkId) {
        return em.createQuery("select g from PublicGroup g join g.exposedTo p where g.localDomain = :domain"
                        + " and p = :peer order by g.uri", PublicGroup.class)
                .setParameter("domain", localDomain)
                .setParameter("peer", peerNetworkId)
                .getResultStream().map(PublicGroupView::of).toList();
    }

    /**
     * {@link #exposedTo(String, long)} for many peers in one query: each id is answered, with an empty list for a peer
     * nothing is exposed to.
     */
    @Transactional
    public Map<Long, List<PublicGroupView>> exposedTo(String localDomain, Collection<Long> peerNetworkIds) {
        Map<Long, List<PublicGroupView>> exposed = new HashMap<>();
        peerNetworkIds.forEach(id -> exposed.put(id, new ArrayList<>()));
        Map<Long, PublicGroupView> views = new HashMap<>();
        em.createQuery("select g, p from PublicGroup g join g.exposedTo p where g.localDomain = :domain"
                        + " order by g.uri", Object[].class)
                .setParameter("domain", localDomain)
                .getResultStream()
                .filter(row -> exposed.containsKey((Long) row[1]))
                .forEach(row -> {
                    PublicGroup group = (PublicGroup) row[0];
                    exposed.get((Long) row[1]).add(views.computeIfAbsent(group.id(), id -> PublicGroupView.of(group)));
                });
        return exposed;
    }

    private PublicGroup current(Operator op, long id, long expectedVersion) {
        AccessPolicy.requireCanReadRegistry(op);
        PublicGroup group = em.find(PublicGroup.class, id);
        if (group == null) {
            throw new NotFoundException("There is no public group with id " + id + "; it may have been removed.");
        }
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (visible != null && !visible.contains(group.localDomain())) {
            throw new AccessDeniedException("The public group " + id + " belongs to the local domain "
                    + group.localDomain() + ", which you do not administer.");
        }
        if (group.version() != expectedVersion) {
            throw new ConflictException("The public group " + group.uri() + " was changed by someone else since you"
                    + " opened it (version " + expectedVersion + ", now " + group.version() + "); reload it and"
                    + " apply your change again.");
        }
        return group;
    }

    private void flushing(String uri, Runnable change) {
        Flushing.flush(em, new Flushing.Conflicts(
                "The public group " + uri + " was changed by someone else while you were saving; reload it and apply"
                        + " your change again.",
                failure -> duplicate(uri, failure),
                "A peer network or the local domain of the public group " + uri + " was removed at the same moment;"
                        + " reload and choose again."), change);
    }

    private PublicGroupView recorded(Operator op, String action, PublicGroup group, String before) {
        PublicGroupView view = PublicGroupView.of(group);
        auditTrail.record(op.actor(), AuditEvent.of(action, TARGET_TYPE, String.valueOf(view.id()))
                .inDomain(view.localDomain()).before(before).after(view.auditState()));
        return view;
    }

    private static ConflictException duplicate(String uri, Throwable cause) {
        return new ConflictException("The public group " + uri + " already exists; open it to change its size or"
                + " the peers it is exposed to.", cause);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
