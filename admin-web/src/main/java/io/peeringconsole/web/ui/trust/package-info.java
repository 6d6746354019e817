/**
 * What the console trusts for each peer network, in the browser: a peer's certificates, pins and anchors with a
 * verdict per domain and every reason behind it ({@link io.peeringconsole.web.ui.trust.PeerCertificatesView}), the
 * global trust anchors and CRLs ({@link io.peeringconsole.web.ui.trust.TrustAnchorsView}), and what expires soon
 * ({@link io.peeringconsole.web.ui.trust.ExpiringCertificatesView}). The views only carry bytes and choices to
 * {@code PeerTrustService}; parsing certificates and judging them is the trust store's business, whose messages
 * are shown as they are.
 */
package io.peeringconsole.web.ui.trust;
