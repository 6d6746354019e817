/**
 * The trust store over REST. The application's views ({@code CertificateView}, {@code PeerTrustView}, ...) are
 * immutable records made for display, so they are answered as they are rather than copied into look-alike
 * representations; uploads are raw PEM or DER bodies of at most 1 MiB.
 */
package io.peeringconsole.web.rest.trust;
