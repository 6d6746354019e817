package io.peeringconsole.agreement.domain;

/**
 * Whether the trust store holds evidence (a certificate chaining to an anchor, or a pin) that validates for one
 * domain of a peer or clearing house. Implemented by the trust store; the agreement rules only need the verdict.
 */
@FunctionalInterface
public interface TrustCheck {

    TrustVerdict check(TrustSubject subject);
}
