package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.trust.application.ExpiringView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerTrustColumnTest {

    @Test
    void eachPeerIsFlaggedByItsSoonestExpiryAndGlobalAnchorsByNone() {
        ExpiringView later = row(1, 7L, "2026-06-20T00:00:00Z", 19, "WITHIN_30_DAYS");
        ExpiringView sooner = row(2, 7L, "2026-06-05T00:00:00Z", 4, "WITHIN_7_DAYS");
        ExpiringView other = row(3, 8L, "2026-06-25T00:00:00Z", 24, "WITHIN_30_DAYS");
        ExpiringView global = row(4, null, "2026-06-02T00:00:00Z", 1, "WITHIN_7_DAYS");

        Map<Long, ExpiringView> flagged = PeerTrustColumn.soonestByPeer(List.of(later, sooner, other, global));

        assertEquals(Map.of(7L, sooner, 8L, other), flagged);
    }

    private static ExpiringView row(long id, Long peer, String notAfter, long daysLeft, String level) {
        return new ExpiringView(certificate(id).validUntil(Instant.parse(notAfter)).build(), peer,
                peer == null ? null : "Peer " + peer, daysLeft, level);
    }
}
