package io.peeringconsole.agreement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the activation gate looks at, gathered at one moment: the parties as the registry knows them now, the
 * terms, and the time of the check. An unsaved proposal has no id yet, which lets a form show the checklist while
 * the draft is being written.
 */
public record AgreementFacts(Long agreementId, AgreementParties parties, AgreementTerms terms, Instant checkedAt) {

    public AgreementFacts {
        Objects.requireNonNull(parties, "The gate needs the parties.");
        Objects.requireNonNull(terms, "The gate needs the terms.");
        Objects.requireNonNull(checkedAt, "The gate needs the time of the check.");
    }

    /** Each domain of the peer, then each of the clearing house's, as the trust store is asked about them. */
    public List<TrustSubject> trustSubjects() {
        RegisteredPeer peer = parties.peer();
        RegisteredPeer hub = parties.clearingHouse();
        Long via = hub == null ? null : hub.id();
        List<TrustSubject> subjects = new ArrayList<>();
        peer.domains().forEach(d -> subjects.add(new TrustSubject(peer.id(), peer.displayName(), d, false, via)));
        if (hub != null) {
            hub.domains().forEach(d -> subjects.add(new TrustSubject(hub.id(), hub.displayName(), d, true, null)));
        }
        return subjects;
    }
}
