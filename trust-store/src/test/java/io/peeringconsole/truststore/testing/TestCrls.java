package io.peeringconsole.truststore.testing;

import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.CrlImporter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Fluent test CRLs: {@code TestCertificates.crl(ca).revoke(leaf, CRLReason.keyCompromise, when).build()}. */
public final class TestCrls {

    private final TestCertificate issuer;
    private final X509v2CRLBuilder builder;
    private KeyPair signer;
    private Instant nextUpdate = TestCertificates.NOW.plus(Duration.ofDays(7));

    TestCrls(TestCertificate issuer) {
        this.issuer = issuer;
        this.signer = issuer.keyPair();
        this.builder = new X509v2CRLBuilder(issuer.subject(), Date.from(TestCertificates.NOW.minus(Duration.ofDays(1))));
    }

    public TestCrls revoke(TestCertificate certificate, int crlReason, Instant at) {
        builder.addCRLEntry(new BigInteger(certificate.facts().serialNumber(), 16), Date.from(at), crlReason);
        return this;
    }

    public TestCrls revoke(TestCertificate certificate, Instant at) {
        return revoke(certificate, CRLReason.keyCompromise, at);
    }

    public TestCrls thisUpdate(Instant instant) {
        builder.setThisUpdate(Date.from(instant));
        return this;
    }

    public TestCrls nextUpdate(Instant instant) {
        this.nextUpdate = instant;
        return this;
    }

    /** Signs with another key while still naming the issuer: a forged or corrupted CRL. */
    public TestCrls signedWith(KeyPair otherKey) {
        this.signer = otherKey;
        return this;
    }

    public byte[] der() {
        try {
            builder.setNextUpdate(Date.from(nextUpdate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(42)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.keyPair().getPublic()));
            return builder.build(new JcaContentSignerBuilder(TestCertificates.defaultAlgorithm(signer))
                    .setProvider(TestKeys.BC).build(signer.getPrivate())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build test CRL", e);
        }
    }

    public CrlFacts build() {
        return new CrlImporter().parse(der());
    }
}
