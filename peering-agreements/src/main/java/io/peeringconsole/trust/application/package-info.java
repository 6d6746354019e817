/**
 * Trust's transaction boundary: {@link io.peeringconsole.trust.application.PeerTrustService} for peers'
 * certificates, anchors, pins and CRLs, and {@link io.peeringconsole.trust.application.GatewayCertificateService} for
 * our own gateway CA. They check who may act, let the trust store read the input (its refusals become rule
 * violations and nothing is stored), store, flush, record the audit entry, and answer with views, never entities.
 * Key material never enters a view or an audit entry; fingerprints and pins are digests of public keys.
 */
package io.peeringconsole.trust.application;
