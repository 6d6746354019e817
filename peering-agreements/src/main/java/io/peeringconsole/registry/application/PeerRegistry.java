package io.peeringconsole.registry.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.registry.domain.PeerProfile;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import io.peeringconsole.rules.application.IdChunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers, revises and removes peer networks and clearing houses (C1). Each change is checked against the access
 * policy, carried out by the aggregate, flushed, and only then recorded in the audit trail, in the same transaction.
 */
@ApplicationScoped
public class PeerRegistry {

    static final String TARGET_TYPE = "PeerNetwork";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CommittedDomainOwners committedOwners;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PeerNetworkView create(Operator op, PeerNetworkCommand cmd) {
        AccessPolicy.requireCanEditRegistry(op);
        PeerProfile profile = cmd.toProfile();
        PeerNetwork hub = clearingHouse(cmd.clearingHouseId());
        DomainClaims claims = new DomainClaims(em, committedOwners, null);
        claims.refuseTaken(profile.domains());
        PeerNetwork peer = PeerNetwork.register(profile, hub, now());
        claims.flushing(profile.domains(), () -> em.persist(peer));
        PeerNetworkView view = PeerNetworkView.of(peer);
        auditTrail.record(op.actor(), AuditEvent.of("PEER_NETWORK_CREATED", TARGET_TYPE, String.valueOf(view.id()))
                .after(PeerJson.of(view)));
        return view;
    }

    @Transactional
    public PeerNetworkView update(Operator op, long id, long expectedVersion, PeerNetworkCommand cmd) {
        AccessPolicy.requireCanEditRegistry(op);
        PeerNetwork peer = current(id, expectedVersion);
        String before = PeerJson.of(PeerNetworkView.of(peer));
        PeerProfile profile = cmd.toProfile();
        PeerNetwork hub = clearingHouse(cmd.clearingHouseId());
        DomainClaims claims = new DomainClaims(em, committedOwners, id);
        claims.refuseTaken(profile.domains());
        long reachedThrough = peer.isClearingHouse() ? new PeerQueries(em).reachedThrough(id) : 0;
        claims.flushing(profile.domains(), () -> peer.revise(profile, hub, reachedThrough, now()));
        PeerNetworkView view = PeerNetworkView.of(peer);
        auditTrail.record(op.actor(), AuditEvent.of("PEER_NETWORK_UPDATED", TARGET_TYPE, String.valueOf(id))
                .before(before).after(PeerJson.of(view)));
        return view;
    }

    @Transactional
    public void delete(Operator op, long id, long expectedVersion) {
        AccessPolicy.requireCanEditRegistry(op);
        PeerNetwork peer = current(id, expectedVersion);
        peer.checkRemovable(peer.isClearingHouse() ? new PeerQueries(em).reachedThrough(id) : 0);
        String before = PeerJson.of(PeerNetworkView.of(peer));
        DomainClaims claims = new DomainClaims(em, committedOwners, id);
        claims.flushing(List.of(), () -> em.remove(peer));
        auditTrail.record(op.actor(), AuditEvent.of("PEER_NETWORK_DELETED", TARGET_TYPE, String.valueOf(id))
                .before(before));
    }

    @Transactional
    public Optional<PeerNetworkView> find(long id) {
        return Optional.ofNullable(em.find(PeerNetwork.class, id)).map(PeerNetworkView::of);
    }

    /** Display names by id, for those of {@code ids} that exist, in one query per thousand ids. */
    @Transactional
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        IdChunks.query(ids, slice -> em.createQuery("select p.id, p.displayName from PeerNetwork p where p.id in :ids",
                Object[].class).setParameter("ids", slice).getResultList())
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Transactional
    public Page<PeerNetworkView> search(PeerSearch search) {
        return new PeerQueries(em).search(search);
    }

    private PeerNetwork current(long id, long expectedVersion) {
        PeerNetwork peer = em.find(PeerNetwork.class, id);
        if (peer == null) {
            throw new NotFoundException("There is no peer network with id " + id + "; it may have been deleted.");
        }
        if (peer.version() != expectedVersion) {
            throw new ConflictException("The peer network " + SafeText.quote(peer.displayName()) + " was changed by"
                    + " someone else since you opened it (version " + expectedVersion + ", now " + peer.version()
                    + "); reload and apply your change again.");
        }
        return peer;
    }

    private PeerNetwork clearingHouse(Long id) {
        if (id == null) {
            return null;
        }
        PeerNetwork hub = em.find(PeerNetwork.class, id);
        if (hub == null) {
            throw new RuleViolationException("clearingHouseId", "There is no clearing house with id " + id
                    + "; choose one from the list.");
        }
        return hub;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
