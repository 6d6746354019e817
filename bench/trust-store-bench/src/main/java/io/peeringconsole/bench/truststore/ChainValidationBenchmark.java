package io.peeringconsole.bench.truststore;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.JcaSignatureVerifier;
import io.peeringconsole.truststore.validation.CertificateValidator;
import io.peeringconsole.truststore.validation.ValidationRequest;
import io.peeringconsole.truststore.validation.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorResult;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation throughput on one 3-certificate chain (EC P-256 root, intermediate, leaf): our validator, which also
 * checks the domain, key sizes, usages and rollover, against the JDK's PKIX CertPathValidator with revocation off.
 *
 * <p>Both sides remember verified signatures: the JDK's certificate objects cache their last verification (and its
 * CertificateFactory caches parsed certificates by encoding, so re-parsing does not defeat that), and our default
 * validator caches results by fingerprint. {@code ours} and {@code jdkPkix} therefore measure the steady state of
 * validating a known chain again. {@code oursWithoutCache} verifies both ECDSA signatures on every call; its floor is
 * {@code twoEcdsaVerifications}, the bare platform cost of those two signatures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChainValidationBenchmark {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private CertificateValidator validator;
    private CertificateValidator uncachedValidator;
    private X509Certificate[] signed;
    private PublicKey[] signers;
    private ValidationRequest request;
    private CertPathValidator pkix;
    private CertPath path;
    private PKIXParameters parameters;

    @Setup
    public void setUp() throws IOException, GeneralSecurityException {
        byte[] root = resource("root.pem");
        byte[] ca = resource("ca.pem");
        byte[] leaf = resource("leaf.pem");
        setUpOurs(root, ca, leaf);
        setUpJdk(root, ca, leaf);
        if (!ours().trusted() || !oursWithoutCache().trusted()) {
            throw new IllegalStateException("The benchmark chain must validate: " + oursWithoutCache().reasons());
        }
        jdkPkix();
        if (!twoEcdsaVerifications()) {
            throw new IllegalStateException("The benchmark chain's signatures must verify.");
        }
    }

    private void setUpOurs(byte[] root, byte[] ca, byte[] leaf) {
        CertificateImporter importer = new CertificateImporter();
        List<CertificateFacts> chain = List.of(importer.parse(leaf).leaf(), importer.parse(ca).leaf());
        validator = new CertificateValidator();
        uncachedValidator = new CertificateValidator(new JcaSignatureVerifier());
        request = ValidationRequest.forPeer("example.net", chain).anchors(List.of(importer.parse(root).leaf())).at(NOW);
    }

    private void setUpJdk(byte[] root, byte[] ca, byte[] leaf) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        signed = new X509Certificate[] {x509(factory, leaf), x509(factory, ca)};
        signers = new PublicKey[] {signed[1].getPublicKey(), x509(factory, root).getPublicKey()};
        path = factory.generateCertPath(List.of(signed));
        parameters = new PKIXParameters(Set.of(new TrustAnchor(x509(factory, root), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW));
        pkix = CertPathValidator.getInstance("PKIX");
    }

    @Benchmark
    public Verdict ours() {
        return validator.validate(request);
    }

    @Benchmark
    public CertPathValidatorResult jdkPkix() throws GeneralSecurityException {
        return pkix.validate(path, parameters);
    }

    @Benchmark
    public Verdict oursWithoutCache() {
        return uncachedValidator.validate(request);
    }

    @Benchmark
    public boolean twoEcdsaVerifications() throws GeneralSecurityException {
        boolean valid = true;
        for (int i = 0; i < signed.length; i++) {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(signers[i]);
            signature.update(signed[i].getTBSCertificate());
            valid &= signature.verify(signed[i].getSignature());
        }
        return valid;
    }

    private static X509Certificate x509(CertificateFactory factory, byte[] pem) throws GeneralSecurityException {
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(pem));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ChainValidationBenchmark.class.getResourceAsStream("/chain/" + name)) {
            if (in == null) {
                throw new IOException("Missing benchmark resource chain/" + name);
            }
            return in.readAllBytes();
        }
    }
}
