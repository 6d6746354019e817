package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.validation.ExpiryLevel;
import java.time.Duration;
import java.time.Instant;

/**
 * How soon a stored certificate or anchor ends, judged from its notAfter column alone so that listings need no
 * parsing. The thresholds are those of the trust store's verdict warnings and {@code ExpiryWatch}: 30 and 7 days
 * before notAfter, and EXPIRED after it (notAfter itself is still valid, as RFC 5280 says).
 */
public final class ExpiryRule {

    /** The furthest look-ahead of an expiry listing: the first warning threshold. */
    public static final int MAX_WITHIN_DAYS = 30;

    private static final Duration LAST_WARNING = Duration.ofDays(7);

    private ExpiryRule() {
    }

    /** The level of a certificate that ends at {@code notAfter}, listed because it ends within 30 days. */
    public static ExpiryLevel level(Instant notAfter, Instant now) {
        if (now.isAfter(notAfter)) {
            return ExpiryLevel.EXPIRED;
        }
        return Duration.between(now, notAfter).compareTo(LAST_WARNING) <= 0 ? ExpiryLevel.WITHIN_7_DAYS
                : ExpiryLevel.WITHIN_30_DAYS;
    }

    /** Whole days until {@code notAfter}; negative once it has passed. */
    public static long daysLeft(Instant notAfter, Instant now) {
        return Duration.between(now, notAfter).toDays();
    }

    /** The instant up to which an expiry listing looks ahead, after checking that {@code withinDays} makes sense. */
    public static Instant horizon(Instant now, int withinDays) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new RuleViolationException("days", "Expiry warnings look ahead between 0 and " + MAX_WITHIN_DAYS
                    + " days (0 lists only what has expired); " + withinDays + " is outside that range.");
        }
        return now.plus(Duration.ofDays(withinDays));
    }
}
