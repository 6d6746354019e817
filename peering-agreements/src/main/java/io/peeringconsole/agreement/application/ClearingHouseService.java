package io.peeringconsole.agreement.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.ClearingHouseSettings;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.Flushing;
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
import java.util.Map;
import java.util.Objects;

/**
 * Clearing-house settings (RFC 5344 section 2.7): the services a hub provides and whether its word on its members'
 * identities is accepted. The activation gate reads the policy through {@link #policyOf}.
 */
@ApplicationScoped
public class ClearingHouseService {

    static final String TARGET_TYPE = "ClearingHouse";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ClearingHouseView get(Operator op, long clearingHouseId) {
        AccessPolicy.requireCanReadRegistry(op);
        RegisteredPeer hub = hub(clearingHouseId);
        return view(hub, em.find(ClearingHouseSettings.class, clearingHouseId));
    }

    /**
     * Saves the hub's settings. {@code expectedVersion} is null when the hub has never been configured, and the
     * version last read otherwise; a mismatch either way means someone else saved meanwhile.
     */
    @Transactional
    public ClearingHouseView configure(Operator op, long clearingHouseId, Long expectedVersion, HubPolicy policy) {
        AccessPolicy.requireCanReadRegistry(op);
        Objects.requireNonNull(policy, "policy");
        RegisteredPeer hub = hub(clearingHouseId);
        ClearingHouseSettings settings = em.find(ClearingHouseSettings.class, clearingHouseId);
        ClearingHouseView before = view(hub, settings);
        Long current = settings == null ? null : settings.version();
        if (!Objects.equals(current, expectedVersion)) {
            throw new ConflictException("The settings of the clearing house \"" + hub.displayName() + "\" were"
                    + " changed by someone else since you opened them; reload them and apply your change again.");
        }
        ClearingHouseSettings saved = settings;
        flushing(hub, () -> {
            if (saved == null) {
                em.persist(ClearingHouseSettings.configure(hub, policy, op, now()));
            } else {
                saved.change(policy, op, now());
            }
        });
        ClearingHouseView after = view(hub, em.find(ClearingHouseSettings.class, clearingHouseId));
        auditTrail.record(op.actor(), AuditEvent.of("CLEARING_HOUSE_CONFIGURED", TARGET_TYPE,
                String.valueOf(clearingHouseId)).before(before.auditState()).after(after.auditState()));
        return after;
    }

    /** The hub's policy for the gate; the defaults for a hub never configured or no longer registered. */
    @Transactional
    public HubPolicy policyOf(long clearingHouseId) {
        ClearingHouseSettings settings = em.find(ClearingHouseSettings.class, clearingHouseId);
        return settings == null ? ClearingHouseSettings.defaults() : settings.policy();
    }

    /** {@link #policyOf} for many hubs in one query: every id is answered, with the defaults where none is set. */
    @Transactional
    public Map<Long, HubPolicy> policiesOf(Collection<Long> clearingHouseIds) {
        Map<Long, HubPolicy> policies = new HashMap<>();
        clearingHouseIds.forEach(id -> policies.put(id, ClearingHouseSettings.defaults()));
        IdChunks.query(clearingHouseIds, slice -> em.createQuery("select s from ClearingHouseSettings s"
                        + " where s.clearingHouseId in :ids", ClearingHouseSettings.class)
                .setParameter("ids", slice).getResultList())
                .forEach(settings -> policies.put(settings.clearingHouseId(), settings.policy()));
        return policies;
    }

    private RegisteredPeer hub(long id) {
        RegisteredPeer peer = new RegistryFacts(em).peer(id, "clearingHouseId");
        if (!peer.isClearingHouse()) {
            throw new RuleViolationException("clearingHouseId", "\"" + peer.displayName() + "\" (id " + id + ") is"
                    + " a peer network, not a clearing house; only clearing houses have hub settings.");
        }
        return peer;
    }

    private static ClearingHouseView view(RegisteredPeer hub, ClearingHouseSettings settings) {
        if (settings == null) {
            HubPolicy defaults = ClearingHouseSettings.defaults();
            return new ClearingHouseView(hub.id(), hub.displayName(), defaults.services(),
                    defaults.transitiveTrust(), null, null, null);
        }
        HubPolicy policy = settings.policy();
        return new ClearingHouseView(hub.id(), hub.displayName(), policy.services(), policy.transitiveTrust(),
                settings.version(), settings.updatedBy(), settings.updatedAt());
    }

    private void flushing(RegisteredPeer hub, Runnable change) {
        String stale = "The settings of the clearing house \"" + hub.displayName() + "\" were changed by someone"
                + " else while you were saving; reload them and apply your change again.";
        Flushing.flush(em, Flushing.Conflicts.of(stale, stale, "The clearing house \"" + hub.displayName()
                + "\" was removed at the same moment; reload the registry."), change);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
