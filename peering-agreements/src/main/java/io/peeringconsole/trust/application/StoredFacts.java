package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.trust.domain.KnownCertificate;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.CrlImporter;
import java.nio.charset.StandardCharsets;

/**
 * Reads stored PEM again with the trust store, so that facts always come from the certificate itself. What we stored
 * was read once already; failing now means the row was altered, which is not the user's input error.
 */
final class StoredFacts {

    private final CertificateImporter importer;
    private final CrlImporter crlImporter;

    StoredFacts(CertificateImporter importer, CrlImporter crlImporter) {
        this.importer = importer;
        this.crlImporter = crlImporter;
    }

    CertificateFacts of(TrustedCertificate stored) {
        try {
            return importer.parse(stored.pem().getBytes(StandardCharsets.US_ASCII)).leaf();
        } catch (TrustStoreInputException altered) {
            throw new IllegalStateException("The stored certificate " + stored.id() + " can no longer be read ("
                    + altered.getMessage() + "); the trusted_certificate row was altered outside the console.",
                    altered);
        }
    }

    CrlFacts of(ImportedCrl stored) {
        try {
            return crlImporter.parse(stored.pem().getBytes(StandardCharsets.US_ASCII));
        } catch (TrustStoreInputException altered) {
            throw new IllegalStateException("The stored CRL " + stored.id() + " can no longer be read ("
                    + altered.getMessage() + "); the imported_crl row was altered outside the console.", altered);
        }
    }

    CertificateView view(TrustedCertificate stored) {
        return CertificateView.of(stored, of(stored));
    }

    KnownCertificate known(TrustedCertificate stored) {
        return KnownCertificate.of(stored, of(stored));
    }
}
