package io.peeringconsole.agreement.application;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.AgreementBuilder;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.GateReason;
import io.peeringconsole.agreement.domain.GateRefusedException;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.ClearingHouseSettings;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.Operators;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate as deployed before the trust store is wired in: closed, with a reason per domain. */
class DefaultActivationGateTest {

    private static DefaultActivationGate gate() {
        DefaultActivationGate gate = new DefaultActivationGate();
        gate.trustCheck = new NoTrustEvidenceYet();
        gate.clearingHouses = new ClearingHouseService() {
            @Override
            public HubPolicy policyOf(long clearingHouseId) {
                return ClearingHouseSettings.defaults();
            }
        };
        return gate;
    }

    @Test
    void everyDomainOfThePeerAndTheClearingHouseLacksTrustEvidence() {
        AgreementBuilder builder = anAgreement().viaClearingHouse();
        GateResult result = gate().check(builder.factsOf(builder.draft(), NOW));
        assertFalse(result.isPassed());
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.PEER_DOMAIN_UNTRUSTED,
                GateReason.CLEARING_HOUSE_UNTRUSTED), result.codes());
        assertTrue(result.reasons().getFirst().message()
                .contains("no certificate or pin is registered for example.net yet"), result.reasons().toString());
        assertTrue(result.reasons().getLast().message()
                .contains("no certificate or pin is registered for hub.example yet"), result.reasons().toString());
    }

    @Test
    void soNoAgreementCanBeActivatedYet() {
        AgreementBuilder builder = anAgreement();
        PeeringAgreement agreement = builder.inStatus(AgreementStatus.PENDING_APPROVAL);
        GateResult result = gate().check(builder.factsOf(agreement, NOW));
        GateRefusedException refused = assertThrows(GateRefusedException.class,
                () -> agreement.approve(Operators.arthur(), result, NOW));
        assertTrue(refused.getMessage().startsWith("This agreement cannot be activated yet: "), refused.getMessage());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void theDefaultKnowsNoGateways() {
        assertTrue(new NoGatewaysYet().gatewaysOf("example.com").isEmpty());
    }
}
