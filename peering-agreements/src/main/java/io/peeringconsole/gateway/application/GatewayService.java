package io.peeringconsole.gateway.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.gateway.domain.FleetRules;
import io.peeringconsole.gateway.domain.Gateway;
import io.peeringconsole.gateway.domain.GatewayCredential;
import io.peeringconsole.gateway.domain.GatewayName;
import io.peeringconsole.gateway.domain.StatusReport;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.AuditStates;
import io.peeringconsole.rules.application.Flushing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gateways (C7): registration, token rotation, disabling and removal by administrators of the gateway's local domain,
 * and the reports gateways send. Each change is flushed and audited in one transaction; pulls are not audited (they
 * are counted by the API's metrics instead).
 */
@ApplicationScoped
public class GatewayService {

    static final String TARGET_TYPE = "Gateway";
    /** The most gateways {@link #registerAll} registers in one transaction. */
    public static final int MAX_BATCH = 1000;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PublishedSnapshots snapshots;

    @Inject
    GatewayFleet fleet;

    @Inject
    Event<GatewayChanged> changed;

    @Inject
    GatewayTokens tokens;

    Clock clock = Clock.systemUTC();

    /** Fired inside every transaction that rotates, disables, enables or removes a gateway. */
    public record GatewayChanged(long gatewayId) {
    }

    /** Registers a gateway and issues its first token, which the answer carries once. */
    @Transactional
    public IssuedToken register(Operator op, String localDomain, String name) {
        String domain = administeredLocalDomain(op, localDomain);
        return registerIn(op, domain, name);
    }

    /**
     * Registers up to {@link #MAX_BATCH} gateways of one local domain in one transaction, as when a fleet is
     * provisioned: all of them, each audited as if registered alone, or none. A malformed, repeated or taken name
     * refuses the whole batch and is named in the answer.
     */
    @Transactional
    public List<IssuedToken> registerAll(Operator op, String localDomain, List<String> names) {
        String domain = administeredLocalDomain(op, localDomain);
        List<String> parsed = GatewayName.parseBatch(names, MAX_BATCH);
        List<IssuedToken> issued = new ArrayList<>(parsed.size());
        for (String name : parsed) {
            issued.add(registerIn(op, domain, name));
        }
        return issued;
    }

    private String administeredLocalDomain(Operator op, String localDomain) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        AccessPolicy.requireCanAdministerDomain(op, domain);
        requireLocalDomain(domain);
        return domain;
    }

    private IssuedToken registerIn(Operator op, String domain, String name) {
        GatewayCredential.Issued credential = GatewayCredential.issue();
        Gateway gateway = Gateway.register(domain, name, credential, op, now());
        flushing(gateway.name(), domain, () -> em.persist(gateway));
        return new IssuedToken(recorded(op, "GATEWAY_REGISTERED", gateway, null), credential.token());
    }

    /** Issues a new token; the old one stops working when this commits. */
    @Transactional
    public IssuedToken rotateToken(Operator op, long id, long expectedVersion) {
        Gateway gateway = current(op, id, expectedVersion);
        String before = GatewayView.auditState(gateway);
        GatewayCredential.Issued credential = GatewayCredential.issue();
        forgetAcceptedTokens(gateway);
        flushing(gateway.name(), gateway.localDomain(), () -> gateway.rotateCredential(credential, op, now()));
        return new IssuedToken(recorded(op, "GATEWAY_TOKEN_ROTATED", gateway, before), credential.token());
    }

    @Transactional
    public GatewayView disable(Operator op, long id, long expectedVersion) {
        Gateway gateway = current(op, id, expectedVersion);
        String before = GatewayView.auditState(gateway);
        forgetAcceptedTokens(gateway);
        flushing(gateway.name(), gateway.localDomain(), () -> gateway.disable(op));
        return recorded(op, "GATEWAY_DISABLED", gateway, before);
    }

    @Transactional
    public GatewayView enable(Operator op, long id, long expectedVersion) {
        Gateway gateway = current(op, id, expectedVersion);
        String before = GatewayView.auditState(gateway);
        forgetAcceptedTokens(gateway);
        flushing(gateway.name(), gateway.localDomain(), () -> gateway.enable(op));
        return recorded(op, "GATEWAY_ENABLED", gateway, before);
    }

    @Transactional
    public void remove(Operator op, long id, long expectedVersion) {
        Gateway gateway = current(op, id, expectedVersion);
        String before = GatewayView.auditState(gateway);
        forgetAcceptedTokens(gateway);
        flushing(gateway.name(), gateway.localDomain(), () -> em.remove(gateway));
        auditTrail.record(op.actor(), AuditEvent.of("GATEWAY_REMOVED", TARGET_TYPE, String.valueOf(id))
                .inDomain(gateway.localDomain()).before(before));
    }

    /** The gateway as authenticated, writing "last seen" at most once per {@link Gateway#SEEN_RESOLUTION}. */
    AuthenticatedGateway seen(Gateway gateway, String sourceAddress, Instant now) {
        if (gateway.seenLongerAgoThan(now, Gateway.SEEN_RESOLUTION)) {
            // A bulk update: last-seen is bookkeeping, it must not bump the version an administrator edits against.
            em.createQuery("update Gateway g set g.lastSeenAt = :now where g.id = :id")
                    .setParameter("now", now).setParameter("id", gateway.id()).executeUpdate();
        }
        return new AuthenticatedGateway(gateway.id(), gateway.name(), gateway.localDomain(), sourceAddress);
    }

    /**
     * Records a gateway's report on a serial published for its own domain. A replay of its latest report changes
     * nothing and is not audited again.
     *
     * @return true when recorded, false for a replay
     */
    @Transactional
    public boolean report(AuthenticatedGateway who, StatusReport report) {
        if (!snapshots.wasPublished(who.localDomain(), report.serial())) {
            throw new RuleViolationException("serial", "Serial " + report.serial() + " was never published for "
                    + who.localDomain() + "; report on a serial received from GET /api/v1/gateway/snapshot.");
        }
        Gateway gateway = em.find(Gateway.class, who.id());
        if (gateway == null || !gateway.enabled()) {
            throw new AccessDeniedException("The gateway " + who.name() + " was removed or disabled meanwhile.");
        }
        boolean[] recorded = new boolean[1];
        Flushing.flush(em, Flushing.Conflicts.of("Another report of the gateway " + who.name() + " arrived at the"
                + " same moment; send this one again.", "Duplicate report.", "The gateway was removed meanwhile."),
                () -> recorded[0] = gateway.report(report, now()));
        if (recorded[0]) {
            auditTrail.record(who.actor(), AuditEvent.of("GATEWAY_STATUS_REPORTED", TARGET_TYPE,
                    String.valueOf(who.id())).inDomain(who.localDomain()).after(AuditStates.text(AuditStates.put(
                    AuditStates.object().add("serial", report.serial()).add("outcome", report.outcome().name()),
                    "reason", report.reason()))));
        }
        return recorded[0];
    }

    @Transactional
    public Optional<GatewayView> find(Operator op, long id, Duration silence) {
        AccessPolicy.requireCanReadRegistry(op);
        Gateway gateway = em.find(Gateway.class, id);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (gateway == null || visible != null && !visible.contains(gateway.localDomain())) {
            return Optional.empty();
        }
        return Optional.of(fleet.view(gateway, silence));
    }

    void requireLocalDomain(String domain) {
        long found = em.createQuery("select count(l) from LocalDomain l where l.name = :name", Long.class)
                .setParameter("name", domain).getSingleResult();
        if (found == 0) {
            throw new RuleViolationException("localDomain", "There is no local domain " + domain + "; add it under"
                    + " Local domains before registering its gateways.");
        }
    }

    Gateway current(Operator op, long id, long expectedVersion) {
        AccessPolicy.requireCanReadRegistry(op);
        Gateway gateway = em.find(Gateway.class, id);
        if (gateway == null) {
            throw new NotFoundException("There is no gateway with id " + id + "; it may have been removed.");
        }
        gateway.checkAdministeredBy(op);
        if (gateway.version() != expectedVersion) {
            throw new ConflictException("The gateway " + gateway.name() + " was changed by someone else since you"
                    + " opened it (version " + expectedVersion + ", now " + gateway.version() + "); reload it and"
                    + " try again.");
        }
        return gateway;
    }

    void flushing(String name, String domain, Runnable change) {
        Flushing.flush(em, Flushing.Conflicts.of(
                "The gateway " + name + " was changed by someone else while you were saving; reload it and try again.",
                "A gateway named " + name + " is already registered for " + domain + "; choose another name, or"
                        + " rotate the existing gateway's token.",
                "The local domain " + domain + " was removed at the same moment; reload and choose again."), change);
    }

    GatewayView recorded(Operator op, String action, Gateway gateway, String before) {
        auditTrail.record(op.actor(), AuditEvent.of(action, TARGET_TYPE, String.valueOf(gateway.id()))
                .inDomain(gateway.localDomain()).before(before).after(GatewayView.auditState(gateway)));
        return fleet.view(gateway, FleetRules.DEFAULT_SILENCE);
    }

    private void forgetAcceptedTokens(Gateway gateway) {
        tokens.forgetAll();
        changed.fire(new GatewayChanged(gateway.id()));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
