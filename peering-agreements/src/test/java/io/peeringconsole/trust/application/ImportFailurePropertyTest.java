package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.domain.TrustFixtures;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is uploaded, the service answers with an outcome or a rule violation, and a refused upload leaves
 * neither a stored row nor an audit entry behind.
 */
class ImportFailurePropertyTest {

    private static final byte[] CHAIN = TrustFixtures.bundle(EXAMPLE_NET, INTERMEDIATE);

    @Property(tries = 300)
    void randomBytesAreRefusedAndLeaveNothing(@ForAll("randomBytes") byte[] input) {
        checkImport(input);
    }

    @Property(tries = 300)
    void mutatedPemIsStoredWholeOrNotAtAll(@ForAll("mutatedPem") byte[] input) {
        checkImport(input);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(3000);
    }

    @Provide
    Arbitrary<byte[]> mutatedPem() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, CHAIN.length - 1);
        Arbitrary<Byte> replacement = Arbitraries.bytes();
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, CHAIN.length);
        return Combinators.combine(position, replacement, cut).as((at, b, length) -> {
            byte[] mutated = Arrays.copyOf(CHAIN, length);
            if (at < length) {
                mutated[at] = b;
            }
            return mutated;
        });
    }

    private static void checkImport(byte[] input) {
        TrustServices services = new TrustServices();
        PeerTrustService trust = services.peerTrust(NOW);
        try {
            ImportOutcome outcome = trust.importCertificates(anAdmin(), TrustServices.PEER, input);
            assertEquals(outcome.stored().size(), services.store.certificateRows.size());
            assertEquals(outcome.stored().size(), services.audit.events.size());
        } catch (RuleViolationException refused) {
            assertEquals("certificate", refused.field());
            assertTrue(services.store.isEmpty(), "a refused upload stored something");
            assertEquals(List.of(), services.audit.events);
        }
    }
}
