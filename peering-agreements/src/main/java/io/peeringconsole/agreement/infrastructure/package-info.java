/**
 * The agreement rules' ports, implemented with the other bounded contexts of this module: the activation gate's
 * {@link io.peeringconsole.agreement.domain.TrustCheck} answered by the trust store's verdicts.
 */
package io.peeringconsole.agreement.infrastructure;
