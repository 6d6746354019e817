package io.peeringconsole.agreement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The activation gate of C3: the {@link ConsistencyRules}, plus a trust verdict for every domain of the peer and of
 * the clearing house it is reached through. Pure, given a pure {@link TrustCheck}; the trust store supplies the real
 * one.
 */
public final class ConsistencyAndTrustGate implements ActivationGate {

    private final TrustCheck trustCheck;

    public ConsistencyAndTrustGate(TrustCheck trustCheck) {
        this.trustCheck = Objects.requireNonNull(trustCheck);
    }

    @Override
    public GateResult check(AgreementFacts facts) {
        List<GateReason> reasons = new ArrayList<>(ConsistencyRules.check(facts.terms(), facts.checkedAt()));
        List<TrustVerdict> verdicts = new ArrayList<>();
        for (TrustSubject subject : facts.trustSubjects()) {
            TrustVerdict verdict = verdictFor(subject);
            verdicts.add(verdict);
            if (!verdict.trusted()) {
                reasons.add(untrusted(verdict));
            }
        }
        return new GateResult(reasons, verdicts);
    }

    private TrustVerdict verdictFor(TrustSubject subject) {
        TrustVerdict verdict = trustCheck.check(subject);
        // A trust check that cannot answer must not open the gate.
        return verdict != null ? verdict
                : TrustVerdict.untrusted(subject, "the trust store gave no verdict for " + subject.domain() + ".");
    }

    private static GateReason untrusted(TrustVerdict verdict) {
        TrustSubject subject = verdict.subject();
        String why = verdict.reasons().isEmpty() ? "no certificate or pin for it validates."
                : String.join(" ", verdict.reasons());
        if (subject.clearingHouse()) {
            return new GateReason(GateReason.CLEARING_HOUSE_UNTRUSTED, "The clearing house \"" + subject.partyName()
                    + "\" is not trusted for " + subject.domain() + ": " + why);
        }
        return new GateReason(GateReason.PEER_DOMAIN_UNTRUSTED, "The peer network \"" + subject.partyName()
                + "\" is not trusted for " + subject.domain() + ": " + why);
    }
}
