package io.peeringconsole.truststore.certificate;

import java.io.IOException;
import java.security.Provider;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Verifies with the platform's providers, which are the fastest for the common algorithms, and falls back to
 * Bouncy Castle (not registered globally) for algorithms the platform lacks.
 */
public final class JcaSignatureVerifier implements SignatureVerifier {

    private static final class Fallback {
        static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    }

    @FunctionalInterface
    private interface Check {
        boolean run(ContentVerifierProvider verifier) throws CertException;
    }

    @Override
    public boolean isSignedBy(CertificateFacts certificate, CertificateFacts issuer) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(certificate.der());
            return verify(holder::isSignatureValid, issuer);
        } catch (IOException unreadable) {
            return false;
        }
    }

    @Override
    public boolean isSignedBy(CrlFacts crl, CertificateFacts issuer) {
        try {
            X509CRLHolder holder = new X509CRLHolder(crl.der());
            return verify(holder::isSignatureValid, issuer);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean verify(Check check, CertificateFacts issuer) {
        try {
            SubjectPublicKeyInfo key = Certificate.getInstance(issuer.der()).getSubjectPublicKeyInfo();
            return check.run(verifier(key, null));
        } catch (CertException | OperatorCreationException | PEMException platformLacksAlgorithm) {
            return verifyWithBouncyCastle(check, issuer);
        } catch (RuntimeException malformed) {
            // Facts come from parsed certificates, but a forged signature field can still upset a provider.
            return false;
        }
    }

    private static boolean verifyWithBouncyCastle(Check check, CertificateFacts issuer) {
        try {
            SubjectPublicKeyInfo key = Certificate.getInstance(issuer.der()).getSubjectPublicKeyInfo();
            return check.run(verifier(key, Fallback.BOUNCY_CASTLE));
        } catch (CertException | OperatorCreationException | PEMException | RuntimeException unverifiable) {
            return false;
        }
    }

    private static ContentVerifierProvider verifier(SubjectPublicKeyInfo key, Provider provider)
            throws PEMException, OperatorCreationException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        JcaContentVerifierProviderBuilder builder = new JcaContentVerifierProviderBuilder();
        if (provider != null) {
            converter.setProvider(provider);
            builder.setProvider(provider);
        }
        PublicKey publicKey = converter.getPublicKey(key);
        return builder.build(publicKey);
    }
}
