package io.peeringconsole.agreement.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.ActivationGate;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementFacts;
import io.peeringconsole.agreement.domain.AgreementParties;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.ImpactPreview;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.SafeText;
import io.peeringconsole.rules.application.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Drafts, approves and ends peering agreements (C3). Each change loads the agreement at the version the operator saw,
 * lets the aggregate apply its rules (access, lifecycle, four eyes, gate), flushes, and only then records the audit
 * entry with the state before and after, in the same transaction.
 */
@ApplicationScoped
public class AgreementService {

    static final String TARGET_TYPE = "PeeringAgreement";
    static final int EXPIRY_BATCH = 500;

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ActivationGate gate;

    @Inject
    SecurityApprovalPolicy securityApprovals;

    @Inject
    GatewayAudience gatewayAudience;

    @Inject
    Event<AgreementLeftForce> leftForce;

    Clock clock = Clock.systemUTC();

    @Transactional
    public AgreementView create(Operator op, AgreementCommand cmd) {
        String localDomain = DomainName.parse(cmd.localDomain(), "localDomain").asString();
        AccessPolicy.requireCanAdministerDomain(op, localDomain);
        RegistryFacts registry = new RegistryFacts(em);
        registry.requireLocalDomain(localDomain);
        AgreementParties parties = registry.parties(localDomain, cmd.peerNetworkId(), cmd.clearingHouseId());
        RegisteredPeer peer = parties.peer();
        new AgreementQueries(em).openFor(localDomain, peer.id()).ifPresent(open -> {
            throw new ConflictException("The local domain " + localDomain + " already has an open agreement with "
                    + SafeText.quote(peer.displayName()) + " (id " + open.id() + ", " + open.status() + "). Only one"
                    + " agreement per local domain and peer network may be open: revise or terminate that one.");
        });
        PeeringAgreement agreement = PeeringAgreement.draft(parties, cmd.terms(), op, now());
        new AgreementStore(em).persist(agreement);
        return recorded(op.actor(), "AGREEMENT_DRAFTED", agreement, null);
    }

    /** Replaces the terms (and the route) of a draft. */
    @Transactional
    public AgreementView revise(Operator op, long id, long expectedVersion, Long clearingHouseId,
            AgreementTerms terms) {
        RegistryFacts registry = new RegistryFacts(em);
        return change(op, id, expectedVersion, "AGREEMENT_REVISED", agreement -> agreement.revise(registry.parties(
                agreement.localDomain(), agreement.peerNetworkId(), clearingHouseId), terms, op, now()));
    }

    @Transactional
    public AgreementView submit(Operator op, long id, long expectedVersion) {
        return change(op, id, expectedVersion, "AGREEMENT_SUBMITTED", agreement -> agreement.submit(op,
                securityApprovals.requiresSecurityApproval(agreement.localDomain(), agreement.peerNetworkId()),
                now()));
    }

    /** Records the operator's approval; the last one needed activates the agreement if the gate lets it. */
    @Transactional
    public AgreementView approve(Operator op, long id, long expectedVersion) {
        return change(op, id, expectedVersion, "AGREEMENT_APPROVED", agreement -> {
            Instant now = now();
            agreement.approve(op, gate.check(facts(agreement, now)), now);
        });
    }

    @Transactional
    public AgreementView reject(Operator op, long id, long expectedVersion, String reason) {
        return change(op, id, expectedVersion, "AGREEMENT_REJECTED", a -> a.reject(op, reason, now()));
    }

    @Transactional
    public AgreementView suspend(Operator op, long id, long expectedVersion, String reason) {
        return leftForce(op.actor(), change(op, id, expectedVersion, "AGREEMENT_SUSPENDED",
                a -> a.suspend(op, reason, now())), "AGREEMENT_SUSPENDED");
    }

    @Transactional
    public AgreementView resume(Operator op, long id, long expectedVersion) {
        return change(op, id, expectedVersion, "AGREEMENT_RESUMED", agreement -> {
            Instant now = now();
            agreement.resume(op, gate.check(facts(agreement, now)), now);
        });
    }

    @Transactional
    public AgreementView terminate(Operator op, long id, long expectedVersion, String reason) {
        AgreementStatus before = new AgreementStore(em).current(op, id, expectedVersion).status();
        AgreementView ended = change(op, id, expectedVersion, "AGREEMENT_TERMINATED",
                a -> a.terminate(op, reason, now()));
        return before == AgreementStatus.ACTIVE ? leftForce(op.actor(), ended, "AGREEMENT_TERMINATED") : ended;
    }

    /**
     * Expires the active and suspended agreements whose validity has ended, at most {@value #EXPIRY_BATCH} per call;
     * for the scheduled job, which calls again while a full batch comes back.
     */
    @Transactional
    public int expireDue(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        AgreementStore store = new AgreementStore(em);
        int expired = 0;
        for (PeeringAgreement agreement : new AgreementQueries(em).dueForExpiry(at, EXPIRY_BATCH)) {
            String before = AgreementJson.of(agreement);
            boolean wasActive = agreement.status() == AgreementStatus.ACTIVE;
            store.flushing(() -> agreement.expireIfDue(at));
            leftForce(Actor.system(), recorded(Actor.system(), "AGREEMENT_EXPIRED", agreement, before),
                    wasActive ? "AGREEMENT_EXPIRED" : null);
            expired++;
        }
        return expired;
    }

    @Transactional
    public Optional<AgreementView> find(Operator op, long id) {
        return new AgreementStore(em).visible(op, id).map(this::view);
    }

    /** Agreements of the local domains {@code op} may see, newest first. */
    @Transactional
    public Page<AgreementView> list(Operator op, AgreementFilter filter, int offset, int limit) {
        return list(op, filter, AgreementSort.NEWEST, false, offset, limit);
    }

    /** Agreements of the local domains {@code op} may see, in the order asked for. */
    @Transactional
    public Page<AgreementView> list(Operator op, AgreementFilter filter, AgreementSort sort, boolean ascending,
            int offset, int limit) {
        AccessPolicy.requireCanReadRegistry(op);
        PageWindow.check(offset, limit);
        AgreementFilter normalised = filter.localDomain() == null ? filter : new AgreementFilter(
                DomainName.parse(filter.localDomain(), "localDomain").asString(), filter.status(),
                filter.peerNetworkId());
        AgreementQueries queries = new AgreementQueries(em);
        Page<PeeringAgreement> page = queries.page(AccessPolicy.visibleLocalDomains(op), normalised,
                sort == null ? AgreementSort.NEWEST : sort, ascending, offset, limit);
        Map<Long, String> names = queries.peerNames(page.items().stream().map(PeeringAgreement::peerNetworkId)
                .toList());
        return page.map(a -> AgreementView.of(a, names.get(a.peerNetworkId())));
    }

    /** The activation gate's verdict now: the live checklist of the agreement page. */
    @Transactional
    public GateResult checklist(Operator op, long id) {
        return gate.check(facts(visibleOrNotFound(op, id), now()));
    }

    /** What suspending or terminating would stop, and which gateways would receive the change. */
    @Transactional
    public ImpactPreview impact(Operator op, long id, AgreementAction action) {
        PeeringAgreement agreement = visibleOrNotFound(op, id);
        RegisteredPeer peer = new RegistryFacts(em).peer(agreement.peerNetworkId(), "peerNetworkId");
        return ImpactPreview.of(agreement, action, peer, gatewayAudience.gatewaysOf(agreement.localDomain()));
    }

    private AgreementView change(Operator op, long id, long expectedVersion, String action,
            Consumer<PeeringAgreement> verb) {
        AgreementStore store = new AgreementStore(em);
        PeeringAgreement agreement = store.current(op, id, expectedVersion);
        String before = AgreementJson.of(agreement);
        store.flushing(() -> verb.accept(agreement));
        return recorded(op.actor(), action, agreement, before);
    }

    /** Tells configuration publishing that an agreement in force ended; {@code action} null: it was not in force. */
    private AgreementView leftForce(Actor actor, AgreementView view, String action) {
        if (action != null) {
            leftForce.fire(new AgreementLeftForce(actor, view.localDomain(), view.id(), action));
        }
        return view;
    }

    private AgreementView recorded(Actor actor, String action, PeeringAgreement agreement, String before) {
        auditTrail.record(actor, AuditEvent.of(action, TARGET_TYPE, String.valueOf(agreement.id()))
                .inDomain(agreement.localDomain()).before(before).after(AgreementJson.of(agreement)));
        return view(agreement);
    }

    private AgreementView view(PeeringAgreement agreement) {
        PeerNetwork peer = em.find(PeerNetwork.class, agreement.peerNetworkId());
        return AgreementView.of(agreement, peer == null ? null : peer.displayName());
    }

    private AgreementFacts facts(PeeringAgreement agreement, Instant now) {
        return agreement.facts(new RegistryFacts(em).parties(agreement.localDomain(), agreement.peerNetworkId(),
                agreement.route().clearingHouseId()), now);
    }

    private PeeringAgreement visibleOrNotFound(Operator op, long id) {
        return new AgreementStore(em).visible(op, id).orElseThrow(() -> new NotFoundException(
                "There is no peering agreement with id " + id + " that you may see."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
