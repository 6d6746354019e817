package io.peeringconsole.agreement.infrastructure;

import io.peeringconsole.agreement.domain.TrustCheck;
import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.agreement.domain.TrustVerdict;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.trust.application.ReasonView;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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

    /** The trust store's code for a domain with neither a certificate nor a pin. */
    static final String NO_TRUST_EVIDENCE = "NO_TRUST_EVIDENCE";

    @Inject
    PeerTrustService trust;

    Clock clock = Clock.systemUTC();

    @Override
    public TrustVerdict check(TrustSubject subject) {
        return answer(subject, trust.trustOf(subject.partyId(), clock.instant()));
    }

    /**
     * The same check answered from trust views read beforehand (for example for every peer of a publish at once),
     * so that each peer's verdicts are computed once; a party missing from {@code views} is not trusted.
     */
    public static TrustCheck answering(Map<Long, PeerTrustView> views) {
        return subject -> answer(subject, views.get(subject.partyId()));
    }

    static TrustVerdict answer(TrustSubject subject, PeerTrustView view) {
        List<DomainVerdictView> verdicts = view == null ? List.of() : view.verdicts();
        return verdicts.stream()
                .filter(verdict -> verdict.domain().equals(subject.domain()))
                .findFirst()
                .map(verdict -> verdictFor(subject, verdict))
                // The registry and the trust store disagree on the domains: never open the gate on that.
                .orElseGet(() -> TrustVerdict.untrusted(subject, "the trust store has no verdict for "
                        + subject.domain() + "; reload the peer network and check its domains."));
    }

    static TrustVerdict verdictFor(TrustSubject subject, DomainVerdictView verdict) {
        List<ReasonView> errors = verdict.reasons().stream()
                .filter(reason -> ReasonView.ERROR.equals(reason.severity())).toList();
        List<String> messages = (verdict.trusted() ? verdict.reasons() : errors).stream()
                .map(ReasonView::message)
                .toList();
        if (messages.isEmpty()) {
            messages = verdict.reasons().stream().map(ReasonView::message).toList();
        }
        // Only "nothing registered" may be filled by a clearing house's word; any failed evidence may not.
        boolean withoutEvidence = !verdict.trusted() && !errors.isEmpty()
                && errors.stream().allMatch(reason -> NO_TRUST_EVIDENCE.equals(reason.code()));
        return new TrustVerdict(subject, verdict.trusted(), messages, withoutEvidence);
    }
}
