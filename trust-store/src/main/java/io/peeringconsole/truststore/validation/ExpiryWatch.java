package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the certificates and anchors that expire within 30 or 7 days of {@code now}, or have expired, soonest first.
 * The same thresholds drive the EXPIRES_WITHIN_* warnings of a verdict.
 */
@ApplicationScoped
public class ExpiryWatch {

    public List<ExpiryNotice> expiring(Collection<CertificateFacts> certificates, Instant now) {
        return certificates.stream()
                .distinct()
                .map(c -> noticeFor(c, now))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((ExpiryNotice n) -> n.certificate().notAfter()))
                .toList();
    }

    public Map<ExpiryLevel, Integer> countByLevel(Collection<CertificateFacts> certificates, Instant now) {
        Map<ExpiryLevel, Integer> counts = new EnumMap<>(ExpiryLevel.class);
        for (ExpiryLevel level : ExpiryLevel.values()) {
            counts.put(level, 0);
        }
        expiring(certificates, now).forEach(n -> counts.merge(n.level(), 1, Integer::sum));
        return counts;
    }

    private static Optional<ExpiryNotice> noticeFor(CertificateFacts certificate, Instant now) {
        Duration remaining = Duration.between(now, certificate.notAfter());
        if (remaining.isNegative()) {
            return Optional.of(new ExpiryNotice(certificate, ExpiryLevel.EXPIRED, remaining));
        }
        if (remaining.compareTo(ValidityCheck.LAST_WARNING) <= 0) {
            return Optional.of(new ExpiryNotice(certificate, ExpiryLevel.WITHIN_7_DAYS, remaining));
        }
        if (remaining.compareTo(ValidityCheck.FIRST_WARNING) <= 0) {
            return Optional.of(new ExpiryNotice(certificate, ExpiryLevel.WITHIN_30_DAYS, remaining));
        }
        return Optional.empty();
    }
}
