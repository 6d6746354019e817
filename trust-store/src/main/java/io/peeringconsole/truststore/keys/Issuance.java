package io.peeringconsole.truststore.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** What every certificate this console issues has in common: random serials, SHA-256 key ids, ECDSA-SHA256. */
final class Issuance {

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private Issuance() {
    }

    /**
     * 127 random bits with the top one set: at least 64 unpredictable bits as CA/Browser rules ask, always positive
     * and at most 16 octets in DER.
     */
    static BigInteger randomSerial(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7F) | 0x40);
        return new BigInteger(1, bytes);
    }

    /** RFC 5280 method 1 with SHA-256 instead of SHA-1: the hash of the subjectPublicKey bits. */
    static SubjectKeyIdentifier subjectKeyId(SubjectPublicKeyInfo key) {
        return extensionUtils().createSubjectKeyIdentifier(key);
    }

    /**
     * The CA's own subject key id, so that the link holds whatever method made it; only the key identifier, because
     * naming the CA's issuer and serial as well would break when the CA certificate is renewed.
     */
    static AuthorityKeyIdentifier authorityKeyId(X509CertificateHolder ca) {
        SubjectKeyIdentifier caKeyId = SubjectKeyIdentifier.fromExtensions(ca.getExtensions());
        byte[] keyId = caKeyId != null ? caKeyId.getKeyIdentifier() : subjectKeyId(ca.getSubjectPublicKeyInfo()).getKeyIdentifier();
        return new AuthorityKeyIdentifier(keyId);
    }

    static X509CertificateHolder sign(X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            return builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key));
        } catch (OperatorCreationException failure) {
            throw new GeneralSecurityException("Cannot sign with the console's key.", failure);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils(new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)));
        } catch (OperatorCreationException impossible) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
