package io.peeringconsole.truststore.testing;

import io.peeringconsole.truststore.certificate.CertificateImporter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Fluent test certificates: {@code TestCertificates.leaf("xmpp.example.net").issuedBy(ca).dns("example.net").build()}.
 * Defaults make a good federation certificate (EC P-256, SHA-256, valid around {@link #NOW}, keyUsage
 * digitalSignature, EKU serverAuth and clientAuth); each method changes one thing so that a test shows its cause.
 */
public final class TestCertificates {

    /** The instant tests validate at; certificates are valid around it unless a test says otherwise. */
    public static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name subject;
    private final boolean ca;
    private TestCertificate issuer;
    private KeyPair key = TestKeys.ec("secp256r1");
    private Instant notBefore;
    private Instant notAfter;
    private String signatureAlgorithm;
    private Integer keyUsage;
    private List<KeyPurposeId> extendedKeyUsage = List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);
    private boolean basicConstraints = true;
    private Integer pathLen;
    private final List<GeneralName> names = new ArrayList<>();
    private BigInteger serial = new BigInteger(64, RANDOM).add(BigInteger.ONE);

    private TestCertificates(String name, boolean ca, Duration lifetime) {
        // Read as RFC 4514, most specific part first, so that a test's name reads as the facts display it.
        this.subject = X500Name.getInstance(new X500Principal(name.contains("=") ? name : "CN=" + name).getEncoded());
        this.ca = ca;
        this.notBefore = NOW.minus(Duration.ofDays(30));
        this.notAfter = NOW.plus(lifetime);
        this.keyUsage = ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature;
        if (ca) {
            extendedKeyUsage = List.of();
        }
    }

    /** A self-signed root CA. */
    public static TestCertificates anchor(String name) {
        return new TestCertificates(name, true, Duration.ofDays(3650));
    }

    /** An intermediate CA; give it an issuer. */
    public static TestCertificates intermediate(String name) {
        return new TestCertificates(name, true, Duration.ofDays(1825));
    }

    /** An end-entity certificate; without an issuer it is self-signed. */
    public static TestCertificates leaf(String name) {
        return new TestCertificates(name, false, Duration.ofDays(200));
    }

    public static TestCrls crl(TestCertificate issuer) {
        return new TestCrls(issuer);
    }

    public TestCertificates issuedBy(TestCertificate certificate) {
        this.issuer = certificate;
        return this;
    }

    public TestCertificates dns(String... dnsNames) {
        for (String name : dnsNames) {
            names.add(new GeneralName(GeneralName.dNSName, name));
        }
        return this;
    }

    public TestCertificates uri(String uri) {
        names.add(new GeneralName(GeneralName.uniformResourceIdentifier, uri));
        return this;
    }

    /** An RFC 4985 SRV-ID, e.g. "_xmpp-server.example.net". */
    public TestCertificates srv(String srvName) {
        return otherName("1.3.6.1.5.5.7.8.7", new DERIA5String(srvName));
    }

    /** An RFC 6120 XmppAddr. */
    public TestCertificates xmpp(String address) {
        return otherName("1.3.6.1.5.5.7.8.5", new DERUTF8String(address));
    }

    private TestCertificates otherName(String oid, ASN1Encodable value) {
        names.add(new GeneralName(GeneralName.otherName, new OtherName(new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid), value)));
        return this;
    }

    public TestCertificates validFrom(Instant instant) {
        this.notBefore = instant;
        return this;
    }

    public TestCertificates validUntil(Instant instant) {
        this.notAfter = instant;
        return this;
    }

    public TestCertificates key(KeyPair keyPair) {
        this.key = keyPair;
        return this;
    }

    public TestCertificates rsa(int bits) {
        return key(TestKeys.rsa(bits));
    }

    public TestCertificates ec(String curve) {
        return key(TestKeys.ec(curve));
    }

    public TestCertificates ed25519() {
        return key(TestKeys.ed25519());
    }

    /** A JCA name such as "SHA1withRSA"; by default SHA-256 with the issuer's key type. */
    public TestCertificates signatureAlgorithm(String algorithm) {
        this.signatureAlgorithm = algorithm;
        return this;
    }

    /** Bouncy Castle {@link KeyUsage} flags, or null to leave the extension out. */
    public TestCertificates keyUsage(Integer flags) {
        this.keyUsage = flags;
        return this;
    }

    /** The purposes listed, or none to leave the extension out. */
    public TestCertificates extendedKeyUsage(KeyPurposeId... purposes) {
        this.extendedKeyUsage = List.of(purposes);
        return this;
    }

    public TestCertificates noBasicConstraints() {
        this.basicConstraints = false;
        return this;
    }

    public TestCertificates pathLen(int length) {
        this.pathLen = length;
        return this;
    }

    public TestCertificates serial(BigInteger serialNumber) {
        this.serial = serialNumber;
        return this;
    }

    public TestCertificate build() {
        try {
            KeyPair signer = issuer == null ? key : issuer.keyPair();
            X500Name issuerName = issuer == null ? subject : issuer.subject();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial, Date.from(notBefore),
                    Date.from(notAfter), subject, key.getPublic());
            addExtensions(builder);
            String algorithm = signatureAlgorithm != null ? signatureAlgorithm : defaultAlgorithm(signer);
            byte[] der = builder.build(new JcaContentSignerBuilder(algorithm).setProvider(TestKeys.BC).build(signer.getPrivate())).getEncoded();
            return new TestCertificate(new CertificateImporter().parse(der).leaf(), key, subject);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build test certificate " + subject, e);
        }
    }

    private void addExtensions(X509v3CertificateBuilder builder) throws Exception {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer.keyPair().getPublic()));
        }
        if (basicConstraints) {
            builder.addExtension(Extension.basicConstraints, true,
                    ca ? (pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen)) : new BasicConstraints(false));
        }
        if (keyUsage != null) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        if (!extendedKeyUsage.isEmpty()) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extendedKeyUsage.toArray(KeyPurposeId[]::new)));
        }
        if (!names.isEmpty()) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
        }
    }

    static String defaultAlgorithm(KeyPair signer) {
        return switch (signer.getPrivate().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> "SHA256withECDSA";
        };
    }
}
