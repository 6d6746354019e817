package io.peeringconsole.agreement.domain;

/**
 * Decides whether an agreement may become (or again be) active, listing every reason it may not. The same result is
 * the live checklist shown on the agreement page before anyone presses Approve.
 */
@FunctionalInterface
public interface ActivationGate {

    GateResult check(AgreementFacts facts);
}
