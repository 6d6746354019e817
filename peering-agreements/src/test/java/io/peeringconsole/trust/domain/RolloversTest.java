package io.peeringconsole.trust.domain;

import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET_RENEWED;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.known;
import static io.peeringconsole.trust.domain.TrustFixtures.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloversTest {

    private final Instant cutOver = NOW.plus(Duration.ofDays(10));
    private final KnownCertificate intermediate = known(1, INTERMEDIATE);
    private final KnownCertificate old = known(2, EXAMPLE_NET);
    private final KnownCertificate renewed = replacing(3, EXAMPLE_NET_RENEWED, 2, cutOver);

    @Test
    void bothAreInUseDuringTheOverlap() {
        Rollovers rollovers = Rollovers.among(List.of(intermediate, old, renewed));
        assertEquals(1, rollovers.windows().size());
        assertEquals(old.facts(), rollovers.windows().getFirst().outgoing());
        assertEquals(renewed.facts(), rollovers.windows().getFirst().incoming());
        assertEquals(List.of(intermediate, old, renewed), rollovers.inUse(NOW));
        assertFalse(rollovers.retired(old, cutOver.minusNanos(1000)));
    }

    @Test
    void onlyTheNewOneOnceTheOverlapHasEnded() {
        Rollovers rollovers = Rollovers.among(List.of(intermediate, old, renewed));
        assertTrue(rollovers.retired(old, cutOver));
        assertEquals(List.of(intermediate, renewed), rollovers.inUse(cutOver));
    }

    @Test
    void aScheduleWhoseOutgoingCertificateIsElsewhereRetiresNothing() {
        KnownCertificate orphan = replacing(3, EXAMPLE_NET_RENEWED, 99, cutOver);
        Rollovers rollovers = Rollovers.among(List.of(old, orphan));
        assertEquals(List.of(), rollovers.windows());
        assertEquals(List.of(old, orphan), rollovers.inUse(cutOver.plusSeconds(1)));
    }

    @Test
    void theSameCertificateStoredTwiceDoesNotReplaceItself() {
        KnownCertificate twin = replacing(3, EXAMPLE_NET, 2, cutOver);
        assertEquals(List.of(), Rollovers.among(List.of(old, twin)).windows());
    }
}
