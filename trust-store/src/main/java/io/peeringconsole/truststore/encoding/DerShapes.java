package io.peeringconsole.truststore.encoding;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Time;

/**
 * Recognises what a DER object is from its outline alone, because a binary upload carries no label. Certificates,
 * CRLs and CSRs share the SIGNED{...} outline and differ only in the first fields of the signed part.
 */
final class DerShapes {

    private static final String ORIGIN = "the DER input";

    private DerShapes() {
    }

    static EncodedObject classifyTopLevel(byte[] der) {
        ASN1Primitive object = Asn1.parseExactly(der).orElseThrow(() -> new TrustStoreInputException(
                InputErrorCode.UNRECOGNISED_FORMAT,
                "The binary input is not a readable DER object; it may be truncated or not a certificate file at all."));
        if (!(object instanceof ASN1Sequence sequence)) {
            throw unsupported();
        }
        ObjectKind kind = classify(sequence);
        if (kind == ObjectKind.UNSUPPORTED && looksLikePrivateKey(sequence)) {
            throw new TrustStoreInputException(InputErrorCode.PRIVATE_KEY_SUPPLIED, InputDecoder.PRIVATE_KEY_MESSAGE);
        }
        if (kind == ObjectKind.UNSUPPORTED && looksLikePkcs12(sequence)) {
            throw new TrustStoreInputException(InputErrorCode.PRIVATE_KEY_SUPPLIED,
                    "A PKCS#12 key store was supplied; such files normally hold a private key, so it was not stored — upload only the certificate.");
        }
        if (kind == ObjectKind.UNSUPPORTED) {
            throw unsupported();
        }
        return new EncodedObject(kind, der, ORIGIN);
    }

    static byte[] firstObject(byte[] der, String origin) {
        try {
            return Asn1.parseFirst(der).orElseThrow().getEncoded();
        } catch (java.io.IOException | java.util.NoSuchElementException unreadable) {
            throw new TrustStoreInputException(InputErrorCode.MALFORMED_CERTIFICATE, origin + " is not a readable certificate.");
        }
    }

    private static ObjectKind classify(ASN1Sequence outer) {
        if (outer.size() == 2 && PKCSObjectIdentifiers.signedData.equals(outer.getObjectAt(0))) {
            return ObjectKind.PKCS7;
        }
        if (outer.size() == 2 && outer.getObjectAt(0) instanceof ASN1Sequence algorithm && algorithm.size() > 0
                && algorithm.getObjectAt(0) instanceof ASN1ObjectIdentifier
                && outer.getObjectAt(1) instanceof ASN1BitString) {
            return ObjectKind.PUBLIC_KEY;
        }
        if (outer.size() != 3 || !(outer.getObjectAt(0) instanceof ASN1Sequence signed) || signed.size() < 3) {
            return ObjectKind.UNSUPPORTED;
        }
        return classifySigned(signed);
    }

    private static ObjectKind classifySigned(ASN1Sequence signed) {
        ASN1Encodable first = signed.getObjectAt(0);
        if (first instanceof ASN1TaggedObject) {
            return ObjectKind.CERTIFICATE;
        }
        if (first instanceof ASN1Sequence) {
            return ObjectKind.CRL;
        }
        if (!(first instanceof ASN1Integer)) {
            return ObjectKind.UNSUPPORTED;
        }
        if (signed.size() == 4 && signed.getObjectAt(3) instanceof ASN1TaggedObject) {
            return ObjectKind.CSR;
        }
        if (signed.size() >= 4 && isTime(signed.getObjectAt(3))) {
            return ObjectKind.CRL;
        }
        return signed.size() == 6 ? ObjectKind.CERTIFICATE : ObjectKind.UNSUPPORTED;
    }

    private static boolean isTime(ASN1Encodable value) {
        try {
            Time.getInstance(value);
            return true;
        } catch (IllegalArgumentException notATime) {
            return false;
        }
    }

    /** PKCS#8, encrypted PKCS#8, PKCS#1 RSA and SEC1 EC private keys. */
    private static boolean looksLikePrivateKey(ASN1Sequence s) {
        boolean pkcs8 = s.size() >= 3 && s.getObjectAt(0) instanceof ASN1Integer
                && s.getObjectAt(1) instanceof ASN1Sequence && s.getObjectAt(2) instanceof ASN1OctetString;
        boolean encryptedPkcs8 = s.size() == 2 && s.getObjectAt(0) instanceof ASN1Sequence
                && s.getObjectAt(1) instanceof ASN1OctetString;
        boolean sec1 = s.size() >= 2 && s.getObjectAt(0) instanceof ASN1Integer
                && s.getObjectAt(1) instanceof ASN1OctetString;
        return pkcs8 || encryptedPkcs8 || sec1 || allIntegers(s);
    }

    private static boolean allIntegers(ASN1Sequence s) {
        if (s.size() < 6) {
            return false;
        }
        for (ASN1Encodable element : s) {
            if (!(element instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikePkcs12(ASN1Sequence s) {
        return s.size() >= 2 && s.getObjectAt(0) instanceof ASN1Integer version
                && version.hasValue(3) && s.getObjectAt(1) instanceof ASN1Sequence;
    }

    private static TrustStoreInputException unsupported() {
        return new TrustStoreInputException(InputErrorCode.UNRECOGNISED_FORMAT,
                "The DER input is not a certificate, PKCS#7 bundle, CRL or CSR; check that the right file was chosen.");
    }
}
