package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Asn1;
import io.peeringconsole.truststore.encoding.EncodedObject;
import io.peeringconsole.truststore.encoding.Fingerprints;
import io.peeringconsole.truststore.encoding.InputDecoder;
import io.peeringconsole.truststore.encoding.ObjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertList;

/** Reads one uploaded X.509 CRL (PEM or DER). Like the certificate importer, it stores and trusts nothing. */
@ApplicationScoped
public class CrlImporter {

    /**
     * Returns the facts of the single CRL in {@code input}.
     *
     * @throws TrustStoreInputException for anything else; no other exception escapes
     */
    public CrlFacts parse(byte[] input) {
        List<EncodedObject> objects = InputDecoder.decode(input);
        if (objects.size() != 1) {
            throw new TrustStoreInputException(InputErrorCode.UNEXPECTED_CONTENT,
                    "The upload holds " + objects.size() + " PEM blocks; upload one CRL at a time.");
        }
        EncodedObject object = objects.getFirst();
        if (object.kind() != ObjectKind.CRL) {
            throw new TrustStoreInputException(InputErrorCode.UNEXPECTED_CONTENT, "Expected a CRL, but " + object.origin()
                    + " is " + object.kind().description() + "; upload the CRL file the CA publishes (often .crl).");
        }
        return read(object);
    }

    private static CrlFacts read(EncodedObject object) {
        byte[] der = object.der();
        try {
            CertificateList crl = CertificateList.getInstance(Asn1.parseExactly(der).orElseThrow());
            return facts(crl, der);
        } catch (IOException | RuntimeException malformed) {
            // Bouncy Castle reports structural faults with many unchecked types; for the person they are one fault.
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CRL, "The CRL in " + object.origin()
                    + " could not be read; download it again from the CA.", malformed);
        }
    }

    private static CrlFacts facts(CertificateList crl, byte[] der) throws IOException {
        TBSCertList tbs = crl.getTBSCertList();
        Extensions extensions = tbs.getExtensions();
        ASN1Integer number = extensions == null ? null
                : (ASN1Integer) extensions.getExtensionParsedValue(Extension.cRLNumber);
        return new CrlFacts(
                DistinguishedNames.rfc2253(tbs.getIssuer()),
                tbs.getThisUpdate().getDate().toInstant(),
                tbs.getNextUpdate() == null ? null : tbs.getNextUpdate().getDate().toInstant(),
                entries(tbs),
                number == null ? null : SerialNumbers.hex(number.getValue()),
                SignatureAlgorithms.describe(crl.getSignatureAlgorithm()),
                new ExtensionsReader(extensions).authorityKeyId(),
                Fingerprints.sha256Fingerprint(der),
                der);
    }

    private static List<RevokedCertificate> entries(TBSCertList tbs) {
        List<RevokedCertificate> entries = new ArrayList<>();
        for (TBSCertList.CRLEntry entry : tbs.getRevokedCertificates()) {
            Extensions extensions = entry.getExtensions();
            CRLReason reason = extensions == null ? null
                    : CRLReason.getInstance(extensions.getExtensionParsedValue(Extension.reasonCode));
            entries.add(new RevokedCertificate(
                    SerialNumbers.hex(entry.getUserCertificate().getValue()),
                    entry.getRevocationDate().getDate().toInstant(),
                    reason == null ? RevocationReason.UNSPECIFIED : RevocationReason.ofCode(reason.getValue().intValueExact())));
        }
        return entries;
    }
}
