package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.EncodedObject;
import io.peeringconsole.truststore.encoding.InputDecoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded certificate, chain or bundle: PEM with one or many CERTIFICATE blocks, DER, or PKCS#7 / CMS
 * (PEM or DER). It stores nothing and signs nothing; it only says what the upload contains, leaf first.
 */
@ApplicationScoped
public class CertificateImporter {

    /** More than any real chain or CA bundle; bounds the ordering work for a hostile upload. */
    public static final int MAX_CERTIFICATES = 500;

    /**
     * Returns the certificates of {@code input}, ordered leaf first when they form a chain.
     *
     * @throws TrustStoreInputException for anything that is not a readable certificate upload, including private keys,
     *     CSRs and CRLs supplied by mistake; no other exception escapes
     */
    public ImportedBundle parse(byte[] input) {
        List<NamedCertificate> certificates = new ArrayList<>();
        for (EncodedObject object : InputDecoder.decode(input)) {
            switch (object.kind()) {
                case CERTIFICATE -> certificates.add(CertificateReader.read(object.der(), object.origin()));
                case PKCS7 -> certificates.addAll(Pkcs7Certificates.read(object));
                default -> throw notACertificate(object);
            }
            if (certificates.size() > MAX_CERTIFICATES) {
                throw new TrustStoreInputException(InputErrorCode.TOO_MANY_CERTIFICATES, "The upload holds more than "
                        + MAX_CERTIFICATES + " certificates; upload the peer's chain and anchors, not a whole CA store.");
            }
        }
        if (certificates.isEmpty()) {
            throw new TrustStoreInputException(InputErrorCode.NO_CERTIFICATE,
                    "The upload contains no certificate (the PKCS#7 bundle is empty); export it again with its certificates.");
        }
        return ChainOrder.arrange(certificates);
    }

    private static TrustStoreInputException notACertificate(EncodedObject object) {
        String advice = switch (object.kind()) {
            case CSR -> "upload the certificate that the CA issued for it, not the request.";
            case CRL -> "import it under CRLs instead.";
            case PUBLIC_KEY -> "to trust a key without a certificate, add its SPKI pin instead.";
            default -> "upload CERTIFICATE or PKCS7 blocks only.";
        };
        String message = "Expected a certificate, but " + object.origin() + " is " + object.kind().description() + "; " + advice;
        return new TrustStoreInputException(InputErrorCode.UNEXPECTED_CONTENT, message);
    }
}
