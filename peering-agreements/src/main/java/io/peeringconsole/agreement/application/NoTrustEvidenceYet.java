package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.TrustCheck;
import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.agreement.domain.TrustVerdict;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The trust check until the trust store (C2) is wired in: no domain has evidence yet, so the activation gate refuses
 * every agreement, naming each domain that lacks a certificate or pin. Deliberately closed: an agreement must never
 * become active on trust nobody checked.
 * <p>
 * Where the trust store is deployed, {@link io.peeringconsole.agreement.infrastructure.TrustStoreCheck} replaces it
 * as an {@code @Alternative @Priority(APPLICATION)}; the check is injected in one place only,
 * {@link DefaultActivationGate}.
 */
@ApplicationScoped
public class NoTrustEvidenceYet implements TrustCheck {

    @Override
    public TrustVerdict check(TrustSubject subject) {
        return TrustVerdict.withoutEvidence(subject, "no certificate or pin is registered for " + subject.domain()
                + " yet; import its certificate or pin in the trust store.");
    }
}
