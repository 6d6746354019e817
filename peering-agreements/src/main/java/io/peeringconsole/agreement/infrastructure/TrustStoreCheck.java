package io.peeringconsole.agreement.infrastructure;

import io.peeringconsole.agreement.domain.TrustCheck;
import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.agreement.domain.TrustVerdict;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.ReasonView;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.List;

/**
 * The trust check the activation gate uses once the trust store (C2) is deployed: a domain of a peer or clearing
 * house is trusted exactly when the trust store's verdict for it is, and the gate's reasons repeat the verdict's own
 * messages. Selected over {@link io.peeringconsole.agreement.application.NoTrustEvidenceYet} as an alternative, so
 * the closed default stays for containers without the trust store.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class TrustStoreCheck implements TrustCheck {

    @Inject
    PeerTrustService trust;

    Clock clock = Clock.systemUTC();

    @Override
    public TrustVerdict check(TrustSubject subject) {
        return trust.trustOf(subject.partyId(), clock.instant()).verdicts().stream()
                .filter(verdict -> verdict.domain().equals(subject.domain()))
                .findFirst()
                .map(verdict -> verdictFor(subject, verdict))
                // The registry and the trust store disagree on the domains: never open the gate on that.
                .orElseGet(() -> TrustVerdict.untrusted(subject, "the trust store has no verdict for "
                        + subject.domain() + "; reload the peer network and check its domains."));
    }

    static TrustVerdict verdictFor(TrustSubject subject, DomainVerdictView verdict) {
        List<String> messages = verdict.reasons().stream()
                .filter(reason -> verdict.trusted() || ReasonView.ERROR.equals(reason.severity()))
                .map(ReasonView::message)
                .toList();
        if (messages.isEmpty()) {
            messages = verdict.reasons().stream().map(ReasonView::message).toList();
        }
        return new TrustVerdict(subject, verdict.trusted(), messages);
    }
}
