package io.peeringconsole.agreement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The activation gate of C3: the {@link ConsistencyRules}, plus a trust verdict for every domain of the peer and of
 * the clearing house it is reached through. Pure, given a pure {@link TrustCheck}; the trust store supplies the real
 * one.
 */
public final class ConsistencyAndTrustGate implements ActivationGate {

    private final TrustCheck trustCheck;
    private final LongFunction<HubPolicy> hubPolicies;

    /** A gate that requires each member's own evidence, whatever hub it is reached through. */
    public ConsistencyAndTrustGate(TrustCheck trustCheck) {
        this(trustCheck, hubId -> ClearingHouseSettings.defaults());
    }

    /** A gate that reads each clearing house's transitive-trust policy from {@code hubPolicies}. */
    public ConsistencyAndTrustGate(TrustCheck trustCheck, LongFunction<HubPolicy> hubPolicies) {
        this.trustCheck = Objects.requireNonNull(trustCheck);
        this.hubPolicies = Objects.requireNonNull(hubPolicies);
    }

    @Override
    public GateResult check(AgreementFacts facts) {
        List<GateReason> reasons = new ArrayList<>(ConsistencyRules.check(facts.terms(), facts.checkedAt()));
        List<TrustVerdict> verdicts = facts.trustSubjects().stream().map(this::verdictFor).toList();
        verdicts = vouchedFor(verdicts, facts.parties().clearingHouse());
        for (TrustVerdict verdict : verdicts) {
            if (!verdict.trusted()) {
                reasons.add(untrusted(verdict));
            }
        }
        return new GateResult(reasons, verdicts);
    }

    /**
     * Under {@link TransitiveTrust#ACCEPT_HUB_ASSERTED_IDENTITIES}, a member domain without evidence of its own is
     * accepted on the hub's word, but only while every domain of the hub itself is trusted: a hub we cannot
     * authenticate vouches for nobody. A member whose own evidence fails (revoked, expired, for another domain) is
     * refused with its own reasons: the hub's word fills a gap, it never overrules what we know.
     */
    private List<TrustVerdict> vouchedFor(List<TrustVerdict> verdicts, RegisteredPeer hub) {
        if (hub == null || !hubPolicies.apply(hub.id()).vouchesForMembers()) {
            return verdicts;
        }
        List<TrustVerdict> hubVerdicts = verdicts.stream().filter(v -> v.subject().clearingHouse()).toList();
        boolean hubTrusted = !hubVerdicts.isEmpty() && hubVerdicts.stream().allMatch(TrustVerdict::trusted);
        if (!hubTrusted) {
            return verdicts;
        }
        return verdicts.stream().map(verdict -> !verdict.withoutEvidence() || verdict.subject().clearingHouse()
                ? verdict
                : TrustVerdict.trusted(verdict.subject(), "Accepted on the word of the clearing house \""
                        + hub.displayName() + "\", whose transitive-trust policy vouches for its members; it has no"
                        + " evidence of its own: " + String.join(" ", verdict.reasons())))
                .toList();
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
