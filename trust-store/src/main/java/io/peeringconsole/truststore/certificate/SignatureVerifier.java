package io.peeringconsole.truststore.certificate;

/**
 * Whether a certificate or CRL was signed by the key of a given issuer certificate. Answers false, never throws, for
 * anything that cannot be verified, so callers can turn every "no" into one reason.
 */
public interface SignatureVerifier {

    boolean isSignedBy(CertificateFacts certificate, CertificateFacts issuer);

    boolean isSignedBy(CrlFacts crl, CertificateFacts issuer);
}
