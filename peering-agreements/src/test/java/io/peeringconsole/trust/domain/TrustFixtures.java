package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.CrlImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The openssl-made certificates in src/test/resources/trust (see its README): root → issuing CA → leaves for
 * example.net (two keys, for rollover), example.org, and a serverAuth-only example.net. {@link #NOW} lies a day
 * into the validity of all of them and inside the CRL's update interval.
 */
public final class TrustFixtures {

    public static final String ROOT = "root-ca.pem";
    public static final String INTERMEDIATE = "intermediate-ca.pem";
    public static final String EXAMPLE_NET = "example-net.pem";
    public static final String EXAMPLE_NET_RENEWED = "example-net-renewed.pem";
    public static final String EXAMPLE_ORG = "example-org.pem";
    public static final String EXAMPLE_NET_SERVER_ONLY = "example-net-server-only.pem";
    public static final String CRL = "intermediate-ca.crl.pem";

    public static final Instant NOW = Stream.of(ROOT, INTERMEDIATE, EXAMPLE_NET, EXAMPLE_NET_RENEWED, EXAMPLE_ORG,
            EXAMPLE_NET_SERVER_ONLY).map(TrustFixtures::facts).map(CertificateFacts::notBefore)
            .max(Instant::compareTo).orElseThrow().plus(Duration.ofDays(1));

    private TrustFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TrustFixtures.class.getResourceAsStream("/trust/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name + "; run make-fixtures.sh.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PEMs of several fixtures, concatenated as one upload. */
    public static byte[] bundle(String... names) {
        StringBuilder pem = new StringBuilder();
        for (String name : names) {
            pem.append(new String(bytes(name), StandardCharsets.US_ASCII));
        }
        return pem.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static CertificateFacts facts(String name) {
        return new CertificateImporter().parse(bytes(name)).leaf();
    }

    public static CrlFacts crl() {
        return new CrlImporter().parse(bytes(CRL));
    }

    public static KnownCertificate known(long id, String name) {
        return new KnownCertificate(id, facts(name), null, null);
    }

    public static KnownCertificate replacing(long id, String name, long outgoingId, Instant overlapUntil) {
        return new KnownCertificate(id, facts(name), outgoingId, overlapUntil);
    }

    public static List<KnownCertificate> anchors() {
        return List.of(known(1, ROOT));
    }
}
