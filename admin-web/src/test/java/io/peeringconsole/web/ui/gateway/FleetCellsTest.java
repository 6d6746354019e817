package io.peeringconsole.web.ui.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.gateway.domain.AuthKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FleetCellsTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static GatewayView gateway(boolean enabled, Long applied, Long newest, long lag, boolean silent,
            Long rejected, String reason, Instant seen) {
        return new GatewayView(1, "example.com", "edge-1", AuthKind.BEARER_TOKEN, enabled, "dora", T, T, seen,
                applied, applied == null ? null : T, rejected, reason, rejected == null ? null : T, 0, newest, lag,
                silent, 0, null);
    }

    @Test
    void aGatewayThatNeverReportedReadsAsSuch() {
        GatewayView fresh = gateway(true, null, null, 0, false, null, null, null);
        assertEquals("None yet", FleetCells.applied(fresh));
        assertEquals("Nothing published", FleetCells.lag(fresh));
        assertEquals("Never", FleetCells.lastSeen(fresh));
        assertEquals("", FleetCells.lastRejection(fresh));
        assertEquals("Active", FleetCells.state(fresh));
    }

    @Test
    void lagRejectionAndStateRead() {
        GatewayView behind = gateway(true, 3L, 5L, 2, true, 4L, "pin mismatch", T);
        assertEquals("3", FleetCells.applied(behind));
        assertEquals("2 behind", FleetCells.lag(behind));
        assertEquals("Serial 4: pin mismatch", FleetCells.lastRejection(behind));
        assertEquals("Silent", FleetCells.state(behind));
        assertEquals("2026-11-25 10:00:00 UTC", FleetCells.lastSeen(behind));
        assertEquals("Current", FleetCells.lag(gateway(true, 5L, 5L, 0, false, null, null, T)));
        assertEquals("Disabled", FleetCells.state(gateway(false, 5L, 5L, 0, true, null, null, T)),
                "a disabled gateway is expected to be quiet");
    }
}
