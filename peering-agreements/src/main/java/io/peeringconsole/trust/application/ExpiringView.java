package io.peeringconsole.trust.application;

/**
 * A certificate or anchor that ends soon or has ended. {@code peerNetworkId} and {@code peerDisplayName} are null
 * for a global anchor; {@code level} is WITHIN_30_DAYS, WITHIN_7_DAYS or EXPIRED; {@code daysLeft} is negative once
 * it has expired.
 */
public record ExpiringView(CertificateView certificate, Long peerNetworkId, String peerDisplayName, long daysLeft,
        String level) {
}
