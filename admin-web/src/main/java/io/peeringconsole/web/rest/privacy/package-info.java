/**
 * Privacy-sharing permissions over REST: {@code /api/v1/local-domains/{domain}/privacy-permissions[/{peerId}]} and
 * {@code /api/v1/local-domains/{domain}/privacy-preview}. The resource shares the {@code local-domains} root with
 * {@link io.peeringconsole.web.rest.registry.LocalDomainResource} so that JAX-RS merges the two instead of letting
 * a longer root hide the local-domain methods.
 */
package io.peeringconsole.web.rest.privacy;
