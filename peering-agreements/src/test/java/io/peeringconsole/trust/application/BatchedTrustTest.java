package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.aSecurityOfficer;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_ORG;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.ROOT;
import static io.peeringconsole.trust.domain.TrustFixtures.bundle;
import static io.peeringconsole.trust.domain.TrustFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.testing.PropertyCheck;
import io.peeringconsole.trust.domain.TrustFixtures;
import io.peeringconsole.trust.domain.TrustedPeer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A publish reads every peer's trust in one go; the answer must be exactly what asking peer by peer gives, whatever
 * mix of evidence the peers hold (seeded cases: rerun a failure with -Dproperty.seed=N).
 */
class BatchedTrustTest {

    private static final int CASES = 40;
    private static final int PEERS = 6;
    private static final long MISSING_PEER = 999;

    @Test
    void theBatchedViewsEqualThePerPeerViews() {
        long seed = PropertyCheck.baseSeed();
        for (int index = 0; index < CASES; index++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + index);
            TrustServices services = new TrustServices();
            PeerTrustService trust = services.peerTrust(NOW);
            List<Long> ids = new ArrayList<>();
            for (long id = 10; id < 10 + PEERS; id++) {
                ids.add(id);
                services.peers.put(id, new TrustedPeer(id, "Peer " + id, random.nextBoolean()
                        ? List.of("example.net") : List.of("example.net", "example.org")));
                evidence(trust, id, random);
            }
            if (random.nextBoolean()) {
                trust.importAnchors(aSecurityOfficer(), null, bytes(ROOT));
            }
            if (random.nextBoolean()) {
                trust.importCrl(aSecurityOfficer(), bytes(TrustFixtures.CRL));
            }
            ids.add(MISSING_PEER);
            Map<Long, PeerTrustView> onePerPeer = new HashMap<>();
            ids.stream().filter(services.peers::containsKey).forEach(id -> onePerPeer.put(id, trust.trustOf(id, NOW)));
            assertEquals(onePerPeer, trust.trustOf(ids, NOW), "case " + index + " of seed " + seed);
        }
    }

    @Test
    void theBatchCoversTrustedAndUntrustedPeersAlike() {
        TrustServices services = new TrustServices();
        PeerTrustService trust = services.peerTrust(NOW);
        trust.importAnchors(aSecurityOfficer(), null, bytes(ROOT));
        trust.importCertificates(anAdmin(), TrustServices.PEER, bundle(EXAMPLE_NET, INTERMEDIATE));
        Map<Long, PeerTrustView> views = trust.trustOf(List.of(TrustServices.PEER, TrustServices.OTHER_PEER,
                MISSING_PEER), NOW);
        assertEquals(List.of(TrustServices.PEER, TrustServices.OTHER_PEER).stream().sorted().toList(),
                views.keySet().stream().sorted().toList());
        assertTrue(views.get(TrustServices.PEER).verdicts().getFirst().trusted());
        assertEquals("NO_TRUST_EVIDENCE", views.get(TrustServices.OTHER_PEER).verdicts().getFirst().reasons()
                .getFirst().code());
    }

    /** Nothing, a pin, a chain, a certificate for another domain, or a peer-scoped anchor, in any combination. */
    private static void evidence(PeerTrustService trust, long id, SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            trust.addPin(anAdmin(), id, "pin-sha256=\"" + TrustFixtures.facts(EXAMPLE_NET).spkiPin() + "\"", null);
        }
        switch (random.nextInt(3)) {
            case 0 -> trust.importCertificates(anAdmin(), id, bundle(EXAMPLE_NET, INTERMEDIATE));
            case 1 -> trust.importCertificates(anAdmin(), id, bundle(EXAMPLE_ORG, INTERMEDIATE));
            default -> {
                // no certificate of its own
            }
        }
        if (random.nextInt(4) == 0) {
            trust.importAnchors(anAdmin(), id, bytes(ROOT));
        }
    }
}
