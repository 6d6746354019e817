package io.peeringconsole.truststore.certificate;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Reads algorithm and strength from a SubjectPublicKeyInfo without building a JCA key. */
final class PublicKeyReader {

    private PublicKeyReader() {
    }

    static PublicKeyFacts read(SubjectPublicKeyInfo spki) throws java.io.IOException {
        ASN1ObjectIdentifier algorithm = spki.getAlgorithm().getAlgorithm();
        String oid = algorithm.getId();
        if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption) || algorithm.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            int bits = RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
            return new PublicKeyFacts(KeyType.RSA, bits, null, oid);
        }
        if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return ecKey(spki.getAlgorithm().getParameters(), oid);
        }
        if (algorithm.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return new PublicKeyFacts(KeyType.ED25519, 256, null, oid);
        }
        if (algorithm.equals(EdECObjectIdentifiers.id_Ed448)) {
            return new PublicKeyFacts(KeyType.ED448, 456, null, oid);
        }
        if (algorithm.equals(X9ObjectIdentifiers.id_dsa) && spki.getAlgorithm().getParameters() != null) {
            int bits = DSAParameter.getInstance(spki.getAlgorithm().getParameters()).getP().bitLength();
            return new PublicKeyFacts(KeyType.DSA, bits, null, oid);
        }
        return new PublicKeyFacts(KeyType.OTHER, 0, null, oid);
    }

    private static PublicKeyFacts ecKey(ASN1Encodable parameters, String oid) {
        if (parameters instanceof ASN1ObjectIdentifier curveOid) {
            X9ECParameters curve = ECNamedCurveTable.getByOID(curveOid);
            // People and TLS libraries say P-256, so the NIST name wins over secp256r1 or prime256v1.
            String name = NISTNamedCurves.getName(curveOid) != null ? NISTNamedCurves.getName(curveOid) : ECNamedCurveTable.getName(curveOid);
            int bits = curve == null ? 0 : curve.getCurve().getFieldSize();
            String display = name == null ? curveOid.getId() : name;
            return new PublicKeyFacts(KeyType.EC, bits, display, oid);
        }
        // Explicit curve parameters: the strength is known, the name is not.
        int bits = X9ECParameters.getInstance(parameters).getCurve().getFieldSize();
        return new PublicKeyFacts(KeyType.EC, bits, "explicit parameters", oid);
    }
}
