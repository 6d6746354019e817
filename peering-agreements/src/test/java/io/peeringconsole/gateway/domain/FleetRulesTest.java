package io.peeringconsole.gateway.domain;

import static io.peeringconsole.gateway.domain.GatewayFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FleetRulesTest {

    private static final Duration FIVE_MINUTES = Duration.ofSeconds(300);

    @Test
    void lagCountsTheSerialsBehindTheNewest() {
        assertEquals(0, FleetRules.lag(null, null), "nothing published, nothing to lag behind");
        assertEquals(0, FleetRules.lag(null, 4L));
        assertEquals(6, FleetRules.lag(6L, null), "never applied anything");
        assertEquals(2, FleetRules.lag(6L, 4L));
        assertEquals(0, FleetRules.lag(6L, 6L));
        assertEquals(0, FleetRules.lag(6L, 7L), "never negative");
    }

    @Test
    void aGatewayIsSilentOnlyAfterTheThreshold() {
        assertFalse(FleetRules.silent(T0, T0.minusSeconds(9_000), T0.plus(FIVE_MINUTES), FIVE_MINUTES));
        assertTrue(FleetRules.silent(T0, T0.minusSeconds(9_000), T0.plus(FIVE_MINUTES).plusSeconds(1),
                FIVE_MINUTES));
    }

    @Test
    void aGatewayNeverHeardFromCountsFromItsRegistration() {
        assertFalse(FleetRules.silent(null, T0, T0.plusSeconds(60), FIVE_MINUTES), "just registered");
        assertTrue(FleetRules.silent(null, T0, T0.plusSeconds(301), FIVE_MINUTES));
    }

    @Test
    void theThresholdMustMeanSomething() {
        assertThrows(IllegalArgumentException.class, () -> FleetRules.silenceThreshold(0));
        assertEquals(Duration.ofSeconds(42), FleetRules.silenceThreshold(42));
    }
}
