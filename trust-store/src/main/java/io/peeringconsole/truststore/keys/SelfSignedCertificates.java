package io.peeringconsole.truststore.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/** The console's own self-signed certificates: one carrying each signing key, one for the gateway CA. */
final class SelfSignedCertificates {

    /** Long, because rotation is an operator's decision, not an expiry's. */
    static final Duration LIFETIME = Duration.ofDays(3650);

    private final SecureRandom random;

    SelfSignedCertificates(SecureRandom random) {
        this.random = random;
    }

    KeyPair newEcKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    X509Certificate signingCertificate(KeyPair key, Instant now) throws GeneralSecurityException {
        X500Name subject = name("Peering Console signing key " + KeyIds.of(key.getPublic()));
        return selfSigned(key, subject, now, new BasicConstraints(false), new KeyUsage(KeyUsage.digitalSignature));
    }

    X509Certificate caCertificate(KeyPair key, Instant now) throws GeneralSecurityException {
        X500Name subject = name("Peering Console gateway CA " + KeyIds.of(key.getPublic()).substring(0, 8));
        // pathLen 0: this CA issues gateway certificates only, never another CA.
        return selfSigned(key, subject, now, new BasicConstraints(0), new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    private X509Certificate selfSigned(KeyPair key, X500Name subject, Instant now, BasicConstraints constraints, KeyUsage usage)
            throws GeneralSecurityException {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, Issuance.randomSerial(random),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(LIFETIME)), subject, key.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, constraints)
                    .addExtension(Extension.keyUsage, true, usage)
                    .addExtension(Extension.subjectKeyIdentifier, false, Issuance.subjectKeyId(spki));
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException("Our own extensions always encode.", impossible);
        }
        return new JcaX509CertificateConverter().getCertificate(Issuance.sign(builder, key.getPrivate()));
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Peering Console").addRDN(BCStyle.CN, commonName).build();
    }
}
