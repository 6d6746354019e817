package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Asn1;
import io.peeringconsole.truststore.encoding.EncodedObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/** The certificates inside a PKCS#7 / CMS SignedData, such as a "certs-only" .p7b bundle. */
final class Pkcs7Certificates {

    private Pkcs7Certificates() {
    }

    static List<NamedCertificate> read(EncodedObject bundle) {
        List<byte[]> encodings = encodings(bundle);
        List<NamedCertificate> certificates = new ArrayList<>();
        for (int i = 0; i < encodings.size(); i++) {
            certificates.add(CertificateReader.read(encodings.get(i), "certificate " + (i + 1) + " of " + bundle.origin()));
        }
        return certificates;
    }

    private static List<byte[]> encodings(EncodedObject bundle) {
        try {
            ContentInfo info = ContentInfo.getInstance(Asn1.parseExactly(bundle.der()).orElseThrow());
            List<byte[]> encodings = new ArrayList<>();
            for (X509CertificateHolder holder : new CMSSignedData(info).getCertificates().getMatches(null)) {
                encodings.add(holder.getEncoded());
            }
            return encodings;
        } catch (CMSException | IOException | RuntimeException malformed) {
            // The CMS parser signals structural faults with several unchecked types; for the person they are one fault.
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CERTIFICATE, "The PKCS#7 bundle in " + bundle.origin()
                    + " could not be read; export it again, or upload the certificates as PEM.", malformed);
        }
    }
}
