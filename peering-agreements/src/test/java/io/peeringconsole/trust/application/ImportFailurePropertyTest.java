package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.testing.PropertyCheck;
import io.peeringconsole.testing.PropertyCheck.Report;
import io.peeringconsole.trust.domain.TrustFixtures;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever is uploaded, the service answers with an outcome or a rule violation, and a refused upload leaves
 * neither a stored row nor an audit entry behind.
 */
class ImportFailurePropertyTest {

    private static final byte[] CHAIN = TrustFixtures.bundle(EXAMPLE_NET, INTERMEDIATE);
    private static final Report REPORT = new Report("Certificate import properties");

    /** The chain cut to {@code length} bytes, with the byte at {@code at} (if still there) replaced. */
    private record Mutation(int at, byte replacement, int length) {

        byte[] apply() {
            byte[] mutated = Arrays.copyOf(CHAIN, length);
            if (at < length) {
                mutated[at] = replacement;
            }
            return mutated;
        }
    }

    @AfterAll
    static void report() {
        REPORT.print();
    }

    @Test
    void randomBytesAreRefusedAndLeaveNothing() {
        PropertyCheck.forAll(REPORT, "random bytes", 300, ImportFailurePropertyTest::randomBytes,
                input -> "  " + input.length + " random bytes: " + HexFormat.of().formatHex(input),
                ImportFailurePropertyTest::checkImport);
    }

    @Test
    void mutatedPemIsStoredWholeOrNotAtAll() {
        PropertyCheck.forAll(REPORT, "mutated PEM", 300,
                random -> new Mutation(random.nextInt(CHAIN.length), (byte) random.nextInt(256),
                        random.nextInt(CHAIN.length + 1)),
                mutation -> String.format("  the %,d-byte chain cut to %,d bytes, byte %,d replaced by 0x%02x",
                        CHAIN.length, mutation.length(), mutation.at(), mutation.replacement()),
                mutation -> checkImport(mutation.apply()));
    }

    /** 0-3000 bytes of any value. */
    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(3001)];
        random.nextBytes(bytes);
        return bytes;
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
