package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A clearing house's transitive-trust policy in the activation gate, and who may set it. */
class TransitiveTrustTest {

    private static final HubPolicy VOUCHING = new HubPolicy(Set.of(HubService.CENTRAL_LOGGING),
            TransitiveTrust.ACCEPT_HUB_ASSERTED_IDENTITIES);

    /** Only the hub's own domain validates; the members have no evidence of their own. */
    private static final TrustCheck ONLY_HUB = subject -> subject.clearingHouse()
            ? TrustVerdict.trusted(subject, "pin matches")
            : TrustVerdict.withoutEvidence(subject, "no certificate or pin is registered for " + subject.domain() + ".");

    /** The hub validates; the members' own certificate was revoked. */
    private static final TrustCheck MEMBERS_REVOKED = subject -> subject.clearingHouse()
            ? TrustVerdict.trusted(subject, "pin matches")
            : TrustVerdict.untrusted(subject, "the certificate for " + subject.domain() + " was revoked.");

    private static GateResult gate(TrustCheck check, HubPolicy policy) {
        AgreementBuilder builder = anAgreement().viaClearingHouse();
        return new ConsistencyAndTrustGate(check, hubId -> policy).check(builder.factsOf(builder.draft(), NOW));
    }

    @Test
    void byDefaultEachMemberDomainNeedsItsOwnEvidence() {
        GateResult result = gate(ONLY_HUB, ClearingHouseSettings.defaults());
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.PEER_DOMAIN_UNTRUSTED), result.codes());
    }

    @Test
    void aVouchingHubThatValidatesCoversItsMembersAndSaysSo() {
        GateResult result = gate(ONLY_HUB, VOUCHING);
        assertTrue(result.isPassed(), result.reasons().toString());
        TrustVerdict member = result.trust().getFirst();
        assertTrue(member.trusted());
        assertTrue(member.reasons().getFirst().startsWith("Accepted on the word of the clearing house \"Federation"
                + " Hub\""), member.reasons().toString());
    }

    @Test
    void aVouchingHubDoesNotOverruleAMembersOwnFailedEvidence() {
        GateResult result = gate(MEMBERS_REVOKED, VOUCHING);
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.PEER_DOMAIN_UNTRUSTED), result.codes());
        assertTrue(result.reasons().getFirst().message().contains("was revoked"), result.reasons().toString());
        assertFalse(result.trust().getFirst().trusted());
    }

    @Test
    void aTrustedVerdictCannotClaimToLackEvidence() {
        TrustSubject member = new TrustSubject(7, "Example", "example.net", false, 9L);
        assertThrows(IllegalArgumentException.class, () -> new TrustVerdict(member, true, List.of("ok"), true));
    }

    @Test
    void aVouchingHubThatDoesNotValidateVouchesForNobody() {
        TrustCheck nobody = subject -> TrustVerdict.untrusted(subject, "expired");
        GateResult result = gate(nobody, VOUCHING);
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.PEER_DOMAIN_UNTRUSTED,
                GateReason.CLEARING_HOUSE_UNTRUSTED), result.codes());
    }

    @Test
    void theHubsPolicyDoesNotTouchDirectRoutes() {
        AgreementBuilder builder = anAgreement();
        GateResult result = new ConsistencyAndTrustGate(ONLY_HUB, hubId -> VOUCHING)
                .check(builder.factsOf(builder.draft(), NOW));
        assertFalse(result.isPassed());
    }

    @Test
    void onlyAnAdminOrSecurityOfficerMayLetAHubVouch() {
        RegisteredPeer hub = AgreementBuilder.aClearingHouse();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> ClearingHouseSettings.configure(hub, VOUCHING, Operators.paula(), NOW));
        assertTrue(refused.getMessage().contains("ADMIN or a SECURITY_OFFICER"), refused.getMessage());
        assertTrue(ClearingHouseSettings.configure(hub, VOUCHING, Operators.sam(), NOW).policy()
                .vouchesForMembers());
        assertTrue(ClearingHouseSettings.configure(hub, VOUCHING, Operators.alice(), NOW).policy()
                .vouchesForMembers());
    }

    @Test
    void aDomainAdminMaySetServicesAndWithdrawVouching() {
        RegisteredPeer hub = AgreementBuilder.aClearingHouse();
        ClearingHouseSettings settings = ClearingHouseSettings.configure(hub, VOUCHING, Operators.alice(), NOW);
        HubPolicy withdrawn = new HubPolicy(EnumSet.allOf(HubService.class),
                TransitiveTrust.REQUIRE_MEMBER_CERTIFICATES);
        settings.change(withdrawn, Operators.paula(), NOW);
        assertEquals(withdrawn, settings.policy());
        assertEquals("paula", settings.updatedBy());
    }

    @Test
    void aPeerNetworkHasNoHubSettings() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ClearingHouseSettings.configure(AgreementBuilder.aPeer(null), VOUCHING, Operators.alice(),
                        NOW));
        assertTrue(refused.getMessage().contains("not a clearing house"), refused.getMessage());
    }
}
