package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.ActivationGate;
import io.peeringconsole.agreement.domain.AgreementFacts;
import io.peeringconsole.agreement.domain.ConsistencyAndTrustGate;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.TrustCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongFunction;

/**
 * The activation gate the services use: the consistency rules plus whichever {@link TrustCheck} is deployed (see
 * {@link NoTrustEvidenceYet}). The single injection point of the trust check.
 */
@ApplicationScoped
public class DefaultActivationGate implements ActivationGate {

    @Inject
    TrustCheck trustCheck;

    @Inject
    ClearingHouseService clearingHouses;

    @Override
    public GateResult check(AgreementFacts facts) {
        return with(trustCheck, clearingHouses::policyOf).check(facts);
    }

    /**
     * The same gate over trust and hub policies read beforehand, for checking many agreements at once: the rules stay
     * these, only where their inputs come from changes.
     */
    public static ActivationGate with(TrustCheck trust, LongFunction<HubPolicy> hubPolicies) {
        return new ConsistencyAndTrustGate(trust, hubPolicies);
    }
}
