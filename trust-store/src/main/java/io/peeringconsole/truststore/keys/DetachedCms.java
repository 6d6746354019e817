package io.peeringconsole.truststore.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS SignedData (RFC 5652) as stock {@code openssl cms -verify -binary -content ...} expects it: SHA-256,
 * ECDSA, the signer's certificate included, signed attributes (content type, message digest, signing time).
 */
public final class DetachedCms {

    private DetachedCms() {
    }

    static byte[] sign(PrivateKey key, X509Certificate certificate, byte[] content) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(new JcaContentSignerBuilder(Issuance.SIGNATURE_ALGORITHM).build(key), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException failure) {
            throw new ConsoleKeyStoreException("The console could not sign: " + failure.getMessage(), failure);
        }
    }

    /**
     * True only when {@code signature} is a detached CMS SignedData over exactly {@code content}, every signer of
     * which carries one of {@code trusted} (compared as encoded certificates) and verifies with its key.
     */
    public static boolean verifies(byte[] content, byte[] signature, Collection<X509Certificate> trusted) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return false;
            }
            for (SignerInformation signer : signers) {
                X509Certificate certificate = matching(signer, trusted);
                if (certificate == null || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return false;
                }
            }
            return true;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException malformed) {
            // A damaged structure is as untrustworthy as a wrong signature; callers need only the verdict.
            return false;
        }
    }

    private static X509Certificate matching(SignerInformation signer, Collection<X509Certificate> trusted)
            throws CertificateEncodingException {
        for (X509Certificate candidate : trusted) {
            if (signer.getSID().match(new JcaX509CertificateHolder(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
