package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Username;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A peering agreement (C3): one local domain and one peer network, direct or via a clearing house, with the services
 * granted in each direction. Its status changes only through the verbs below; each refuses what the {@link Lifecycle}
 * does not allow from the current status, and activation needs the approvals of its {@link ApprovalRound} and a
 * passed {@link ActivationGate}. The local domain and the peer never change once drafted.
 */
@Entity
@Table(name = "peering_agreement")
public class PeeringAgreement {

    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "local_domain", length = 253, nullable = false, updatable = false)
    private String localDomain;

    @Column(name = "peer_network_id", nullable = false, updatable = false)
    private long peerNetworkId;

    @Column(name = "clearing_house_id")
    private Long clearingHouseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tls_version", length = 16, nullable = false)
    private TlsVersion tlsVersion;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AgreementGrant> grants = new ArrayList<>();

    @Embedded
    private StatusChange lastChange;

    @Embedded
    private ApprovalRound approvalRound = new ApprovalRound();

    // Set while the agreement is open (neither TERMINATED nor EXPIRED). Its unique constraint keeps one open agreement
    // per local domain and peer even when two nodes draft at once; NULLs never collide, on H2 and PostgreSQL alike.
    @Column(name = "open_pair_key", length = 300)
    private String openPairKey;

    @Column(name = "drafted_by", length = Username.MAX_LENGTH, nullable = false, updatable = false)
    private String draftedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PeeringAgreement() {
        // for JPA
    }

    public static PeeringAgreement draft(AgreementParties parties, AgreementTerms terms, Operator by, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, parties.localDomain());
        PeeringAgreement agreement = new PeeringAgreement();
        agreement.localDomain = parties.localDomain();
        agreement.peerNetworkId = parties.peer().id();
        agreement.draftedBy = by.username();
        agreement.createdAt = now;
        agreement.applyTerms(parties, terms, now);
        for (Direction direction : Direction.values()) {
            agreement.grants.add(new AgreementGrant(agreement, direction, terms.grant(direction)));
        }
        agreement.changeStatus(AgreementStatus.DRAFT, by.username(), null, now);
        return agreement;
    }

    /** Replaces the terms and the route of a draft; the local domain and the peer stay. */
    public void revise(AgreementParties parties, AgreementTerms terms, Operator by, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Lifecycle.require(status(), AgreementAction.REVISE);
        if (!parties.localDomain().equals(localDomain) || parties.peer().id() != peerNetworkId) {
            throw new RuleViolationException("peerNetworkId", "The local domain and the peer network of an agreement"
                    + " cannot change; terminate this draft and draft a new agreement instead.");
        }
        applyTerms(parties, terms, now);
        grants.forEach(grant -> grant.replace(terms.grant(grant.direction())));
    }

    /**
     * Puts the draft up for approval by someone else. {@code securityApprovalNeeded} comes from the privacy-sharing
     * permission for this pair (POLICY_DELEGATION needs a security officer). Terms that could never pass the
     * activation gate are refused here already, with every reason.
     */
    public void submit(Operator by, boolean securityApprovalNeeded, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Lifecycle.require(status(), AgreementAction.SUBMIT);
        new GateResult(ConsistencyRules.check(terms(), now), List.of())
                .requirePassed("This agreement cannot be submitted yet");
        approvalRound().start(by.username(), securityApprovalNeeded);
        changeStatus(AgreementStatus.PENDING_APPROVAL, by.username(), null, now);
    }

    /** Records {@code by}'s approval; the last approval needed activates the agreement, if the gate lets it. */
    public void approve(Operator by, GateResult gate, Instant now) {
        Lifecycle.require(status(), AgreementAction.APPROVE);
        ApprovalCapacity capacity = approvalRound().capacityFor(by, localDomain);
        gate.requirePassed("This agreement cannot be activated yet");
        approvalRound().record(by.username(), capacity, now);
        if (approvalRound().isComplete()) {
            changeStatus(AgreementStatus.ACTIVE, by.username(), null, now);
        } else {
            updatedAt = now;
        }
    }

    /** Sends a pending agreement back to its authors as a draft, with the reason. */
    public void reject(Operator by, String reason, Instant now) {
        Lifecycle.require(status(), AgreementAction.REJECT);
        approvalRound().requireMayReject(by, localDomain);
        String why = StatusReason.required(reason);
        approvalRound().discard();
        changeStatus(AgreementStatus.DRAFT, by.username(), why, now);
    }

    public void suspend(Operator by, String reason, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Lifecycle.require(status(), AgreementAction.SUSPEND);
        changeStatus(AgreementStatus.SUSPENDED, by.username(), StatusReason.required(reason), now);
    }

    /** Makes a suspended agreement active again, if the gate (checked afresh: trust may have lapsed) lets it. */
    public void resume(Operator by, GateResult gate, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Lifecycle.require(status(), AgreementAction.RESUME);
        gate.requirePassed("This agreement cannot be resumed yet");
        changeStatus(AgreementStatus.ACTIVE, by.username(), null, now);
    }

    public void terminate(Operator by, String reason, Instant now) {
        AccessPolicy.requireCanAdministerDomain(by, localDomain);
        Lifecycle.require(status(), AgreementAction.TERMINATE);
        changeStatus(AgreementStatus.TERMINATED, by.username(), StatusReason.required(reason), now);
    }

    /** Expires an active or suspended agreement whose validity has ended; true when it did. */
    public boolean expireIfDue(Instant now) {
        if (!Lifecycle.allows(status(), AgreementAction.EXPIRE) || !validity().hasEndedBy(now)) {
            return false;
        }
        changeStatus(AgreementStatus.EXPIRED, SYSTEM, "Its validity ended at " + validUntil + ".", now);
        return true;
    }

    /** What the gate needs, given this agreement's parties as the registry knows them now. */
    public AgreementFacts facts(AgreementParties parties, Instant now) {
        if (!parties.localDomain().equals(localDomain) || parties.peer().id() != peerNetworkId) {
            throw new IllegalArgumentException("The parties given are not those of agreement " + id + ".");
        }
        return new AgreementFacts(id, parties, terms(), now);
    }

    private void applyTerms(AgreementParties parties, AgreementTerms terms, Instant now) {
        clearingHouseId = parties.route().clearingHouseId();
        tlsVersion = terms.tlsVersion();
        validFrom = terms.validity().from();
        validUntil = terms.validity().until();
        updatedAt = now;
    }

    private void changeStatus(AgreementStatus next, String by, String reason, Instant now) {
        lastChange = new StatusChange(next, by, reason, now);
        updatedAt = now;
        openPairKey = next.isFinal() ? null : localDomain + "|" + peerNetworkId;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(grant(Direction.INBOUND), grant(Direction.OUTBOUND), tlsVersion, validity());
    }

    public ServiceGrant grant(Direction direction) {
        return grants.stream().filter(g -> g.direction() == direction).findFirst()
                .map(AgreementGrant::toServiceGrant).orElseGet(ServiceGrant::none);
    }

    public Validity validity() {
        return new Validity(validFrom, validUntil);
    }

    public Route route() {
        return clearingHouseId == null ? Route.direct() : Route.viaClearingHouse(clearingHouseId);
    }

    public Long id() {
        return id;
    }

    public String localDomain() {
        return localDomain;
    }

    public long peerNetworkId() {
        return peerNetworkId;
    }

    public AgreementStatus status() {
        return lastChange.status();
    }

    public StatusChange lastChange() {
        return lastChange;
    }

    public ApprovalRound approvalRound() {
        // Hibernate leaves an embedded value null when all its columns are; an unsubmitted round can look like that.
        if (approvalRound == null) {
            approvalRound = new ApprovalRound();
        }
        return approvalRound;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
