package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.trust.application.CertificateView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloverPlanTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final LocalDateTime IN_TWO_WEEKS = LocalDateTime.parse("2026-06-15T12:00:00");
    private final CertificateView incoming = certificate(2).build();
    private final CertificateView outgoing = certificate(1).build();

    @Test
    void aNewCertificateReplacingAnotherUntilALaterDateIsAPlan() {
        assertEquals(Optional.empty(), RolloverPlan.problem(incoming, outgoing, IN_TWO_WEEKS, NOW));

        RolloverPlan plan = RolloverPlan.of(incoming, outgoing, IN_TWO_WEEKS);

        assertEquals(Instant.parse("2026-06-15T12:00:00Z"), plan.overlapUntil());
    }

    @Test
    void bothCertificatesMustBeChosenAndDiffer() {
        assertEquals("incoming", field(null, outgoing, IN_TWO_WEEKS));
        assertEquals("outgoing", field(incoming, null, IN_TWO_WEEKS));
        assertEquals("outgoing", field(incoming, certificate(2).build(), IN_TWO_WEEKS));
    }

    @Test
    void theOverlapMustEndInTheFuture() {
        assertEquals("overlapUntil", field(incoming, outgoing, null));
        assertEquals("overlapUntil", field(incoming, outgoing, LocalDateTime.parse("2026-06-01T12:00:00")));
        assertEquals(Optional.empty(),
                RolloverPlan.problem(incoming, outgoing, LocalDateTime.parse("2026-06-01T12:30:00"), NOW));
    }

    private static String field(CertificateView incoming, CertificateView outgoing, LocalDateTime until) {
        return RolloverPlan.problem(incoming, outgoing, until, NOW).orElseThrow().field();
    }
}
