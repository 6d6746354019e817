package io.peeringconsole.trust.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.validation.ExpiryLevel;
import io.peeringconsole.truststore.validation.ExpiryWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void levelsFollowTheVerdictWarnings() {
        assertEquals(ExpiryLevel.WITHIN_30_DAYS, ExpiryRule.level(NOW.plus(Duration.ofDays(30)), NOW));
        assertEquals(ExpiryLevel.WITHIN_30_DAYS, ExpiryRule.level(NOW.plus(Duration.ofDays(7)).plusSeconds(1), NOW));
        assertEquals(ExpiryLevel.WITHIN_7_DAYS, ExpiryRule.level(NOW.plus(Duration.ofDays(7)), NOW));
        assertEquals(ExpiryLevel.WITHIN_7_DAYS, ExpiryRule.level(NOW, NOW));
        assertEquals(ExpiryLevel.EXPIRED, ExpiryRule.level(NOW.minusSeconds(1), NOW));
    }

    @Test
    void agreesWithTheTrustStoresExpiryWatch() {
        CertificateFacts leaf = TrustFixtures.facts(TrustFixtures.EXAMPLE_NET);
        for (long hours : new long[] {-1, 0, 1, 7 * 24 - 1, 7 * 24, 7 * 24 + 1, 30 * 24 - 1, 30 * 24}) {
            Instant now = leaf.notAfter().minus(Duration.ofHours(hours));
            ExpiryLevel watched = new ExpiryWatch().expiring(List.of(leaf), now).getFirst().level();
            assertEquals(watched, ExpiryRule.level(leaf.notAfter(), now), hours + " hours before notAfter");
        }
    }

    @Test
    void daysLeftAreWholeDaysAndNegativeOnceExpired() {
        assertEquals(29, ExpiryRule.daysLeft(NOW.plus(Duration.ofDays(29)).plusSeconds(3600), NOW));
        assertEquals(0, ExpiryRule.daysLeft(NOW.plusSeconds(60), NOW));
        assertEquals(-3, ExpiryRule.daysLeft(NOW.minus(Duration.ofDays(3)), NOW));
    }

    @Test
    void horizonLooksAheadAtMostThirtyDays() {
        assertEquals(NOW.plus(Duration.ofDays(30)), ExpiryRule.horizon(NOW, 30));
        assertEquals(NOW, ExpiryRule.horizon(NOW, 0));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> ExpiryRule.horizon(NOW, 31));
        assertEquals("days", refused.field());
        assertThrows(RuleViolationException.class, () -> ExpiryRule.horizon(NOW, -1));
    }
}
