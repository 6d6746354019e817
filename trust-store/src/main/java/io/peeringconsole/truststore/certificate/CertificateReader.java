package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Asn1;
import io.peeringconsole.truststore.encoding.Fingerprints;
import java.io.IOException;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertificate;

/** Reads the facts of one DER certificate; any structural fault becomes a {@link TrustStoreInputException}. */
final class CertificateReader {

    private CertificateReader() {
    }

    static NamedCertificate read(byte[] der, String origin) {
        try {
            Certificate certificate = Certificate.getInstance(Asn1.parseExactly(der).orElseThrow(() -> malformed(origin, null)));
            return new NamedCertificate(facts(certificate, der), certificate.getSubject(), certificate.getIssuer());
        } catch (TrustStoreInputException alreadyExplained) {
            throw alreadyExplained;
        } catch (IOException | RuntimeException malformed) {
            // Bouncy Castle reports structural faults with many unchecked types; for the person they are one fault.
            throw malformed(origin, malformed);
        }
    }

    /** Keeps the uploaded bytes, not a re-encoding, so that fingerprints agree with every other tool. */
    private static CertificateFacts facts(Certificate certificate, byte[] der) throws IOException {
        TBSCertificate tbs = certificate.getTBSCertificate();
        Extensions extensions = tbs.getExtensions();
        ExtensionsReader reader = new ExtensionsReader(extensions);
        byte[] spki = tbs.getSubjectPublicKeyInfo().getEncoded("DER");
        return new CertificateFacts(
                DistinguishedNames.rfc2253(tbs.getSubject()),
                DistinguishedNames.rfc2253(tbs.getIssuer()),
                SerialNumbers.hex(tbs.getSerialNumber().getValue()),
                SubjectAltNamesReader.read(extensions),
                tbs.getStartDate().getDate().toInstant(),
                tbs.getEndDate().getDate().toInstant(),
                PublicKeyReader.read(tbs.getSubjectPublicKeyInfo()),
                SignatureAlgorithms.describe(certificate.getSignatureAlgorithm()),
                reader.keyUsage(),
                reader.extendedKeyUsage(),
                reader.ca(),
                reader.pathLenConstraint(),
                Fingerprints.sha256Fingerprint(der),
                Fingerprints.spkiPin(spki),
                reader.subjectKeyId(),
                reader.authorityKeyId(),
                der);
    }

    private static TrustStoreInputException malformed(String origin, Exception cause) {
        String message = capitalise(origin) + " is not a readable X.509 certificate; it may be damaged or in an unsupported format.";
        return new TrustStoreInputException(InputErrorCode.MALFORMED_CERTIFICATE, message, cause);
    }

    private static String capitalise(String origin) {
        return Character.toUpperCase(origin.charAt(0)) + origin.substring(1);
    }
}
