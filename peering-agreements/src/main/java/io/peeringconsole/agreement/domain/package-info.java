/**
 * Peering agreements (C3) and public groups (C5). A {@link io.peeringconsole.agreement.domain.PeeringAgreement}
 * binds a local domain to a peer network, lists the services granted in each direction, and moves through its
 * {@link io.peeringconsole.agreement.domain.Lifecycle} only by verbs that refuse what is not allowed. Activation needs
 * four-eyes approval and a passed {@link io.peeringconsole.agreement.domain.ActivationGate}: the pure
 * {@link io.peeringconsole.agreement.domain.ConsistencyRules} plus a
 * {@link io.peeringconsole.agreement.domain.TrustCheck} the trust store implements. Nothing here needs a container.
 */
package io.peeringconsole.agreement.domain;
