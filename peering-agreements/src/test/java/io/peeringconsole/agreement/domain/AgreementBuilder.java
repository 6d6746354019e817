package io.peeringconsole.agreement.domain;

import io.peeringconsole.registry.domain.PeerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test agreements: a consistent, direct agreement between example.com and Example Networks (example.net,
 * im.example.net), drafted and submitted by paula, valid from a day before {@link #NOW} for a year, unless told
 * otherwise. {@code inStatus(...)} walks the real lifecycle to get there.
 */
public final class AgreementBuilder {

    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    public static final String LOCAL_DOMAIN = "example.com";
    public static final long PEER_ID = 7;
    public static final long HUB_ID = 3;

    private RegisteredPeer peer = aPeer(null);
    private RegisteredPeer clearingHouse;
    private ServiceGrant inbound = ServiceGrant.of(Service.PRESENCE, Service.PAGER_IM);
    private ServiceGrant outbound = ServiceGrant.of(Service.PRESENCE, Service.PAGER_IM);
    private TlsVersion tlsVersion = TlsVersion.TLS_1_3;
    private Validity validity = Validity.between(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
    private boolean securityApprovalNeeded;

    private AgreementBuilder() {
    }

    public static AgreementBuilder anAgreement() {
        return new AgreementBuilder();
    }

    public static RegisteredPeer aPeer(Long clearingHouseId) {
        return new RegisteredPeer(PEER_ID, "Example Networks", PeerKind.PEER_NETWORK,
                List.of("example.net", "im.example.net"), clearingHouseId);
    }

    public static RegisteredPeer aClearingHouse() {
        return new RegisteredPeer(HUB_ID, "Federation Hub", PeerKind.CLEARING_HOUSE, List.of("hub.example"), null);
    }

    public AgreementBuilder inbound(ServiceGrant grant) {
        this.inbound = grant;
        return this;
    }

    public AgreementBuilder outbound(ServiceGrant grant) {
        this.outbound = grant;
        return this;
    }

    public AgreementBuilder validity(Validity newValidity) {
        this.validity = newValidity;
        return this;
    }

    public AgreementBuilder tls(TlsVersion version) {
        this.tlsVersion = version;
        return this;
    }

    /** Routes the agreement through the clearing house the peer is a member of. */
    public AgreementBuilder viaClearingHouse() {
        this.peer = aPeer(HUB_ID);
        this.clearingHouse = aClearingHouse();
        return this;
    }

    /** As if the pair's privacy sharing used POLICY_DELEGATION. */
    public AgreementBuilder needingSecurityApproval() {
        this.securityApprovalNeeded = true;
        return this;
    }

    public AgreementParties parties() {
        return new AgreementParties(LOCAL_DOMAIN, peer, clearingHouse);
    }

    public AgreementTerms terms() {
        return new AgreementTerms(inbound, outbound, tlsVersion, validity);
    }

    public RegisteredPeer peer() {
        return peer;
    }

    public RegisteredPeer clearingHouse() {
        return clearingHouse;
    }

    public PeeringAgreement draft() {
        return PeeringAgreement.draft(parties(), terms(), Operators.paula(), NOW);
    }

    public PeeringAgreement inStatus(AgreementStatus status) {
        PeeringAgreement agreement = draft();
        if (status == AgreementStatus.DRAFT) {
            return agreement;
        }
        agreement.submit(Operators.paula(), securityApprovalNeeded, NOW);
        switch (status) {
            case PENDING_APPROVAL -> { }
            case ACTIVE -> activate(agreement);
            case SUSPENDED -> {
                activate(agreement);
                agreement.suspend(Operators.arthur(), "maintenance", NOW);
            }
            case TERMINATED -> agreement.terminate(Operators.arthur(), "withdrawn", NOW);
            case EXPIRED -> {
                activate(agreement);
                agreement.expireIfDue(validity.until() == null ? Instant.MAX : validity.until());
            }
            default -> throw new IllegalStateException("unreachable: " + status);
        }
        if (agreement.status() != status) {
            throw new IllegalStateException("The builder could not reach " + status + "; got " + agreement.status());
        }
        return agreement;
    }

    private void activate(PeeringAgreement agreement) {
        agreement.approve(Operators.arthur(), GateResult.passed(), NOW);
        if (securityApprovalNeeded) {
            agreement.approve(Operators.sam(), GateResult.passed(), NOW);
        }
    }

    /** The facts of {@code agreement} at {@code at}, with the builder's parties. */
    public AgreementFacts factsOf(PeeringAgreement agreement, Instant at) {
        return agreement.facts(parties(), at);
    }
}
