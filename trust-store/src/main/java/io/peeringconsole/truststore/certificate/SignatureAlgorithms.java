package io.peeringconsole.truststore.certificate;

import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Names signature algorithms and, which matters for policy, the digest each one signs. */
final class SignatureAlgorithms {

    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.2", new String[] {"MD2withRSA", "MD2"}),
            Map.entry("1.2.840.113549.1.1.3", new String[] {"MD4withRSA", "MD4"}),
            Map.entry("1.2.840.113549.1.1.4", new String[] {"MD5withRSA", "MD5"}),
            Map.entry("1.2.840.113549.1.1.5", new String[] {"SHA1withRSA", "SHA-1"}),
            Map.entry("1.3.14.3.2.29", new String[] {"SHA1withRSA", "SHA-1"}),
            Map.entry("1.2.840.113549.1.1.14", new String[] {"SHA224withRSA", "SHA-224"}),
            Map.entry("1.2.840.113549.1.1.11", new String[] {"SHA256withRSA", "SHA-256"}),
            Map.entry("1.2.840.113549.1.1.12", new String[] {"SHA384withRSA", "SHA-384"}),
            Map.entry("1.2.840.113549.1.1.13", new String[] {"SHA512withRSA", "SHA-512"}),
            Map.entry("1.2.840.10045.4.1", new String[] {"SHA1withECDSA", "SHA-1"}),
            Map.entry("1.2.840.10045.4.3.1", new String[] {"SHA224withECDSA", "SHA-224"}),
            Map.entry("1.2.840.10045.4.3.2", new String[] {"SHA256withECDSA", "SHA-256"}),
            Map.entry("1.2.840.10045.4.3.3", new String[] {"SHA384withECDSA", "SHA-384"}),
            Map.entry("1.2.840.10045.4.3.4", new String[] {"SHA512withECDSA", "SHA-512"}),
            Map.entry("1.2.840.10040.4.3", new String[] {"SHA1withDSA", "SHA-1"}),
            Map.entry("2.16.840.1.101.3.4.3.2", new String[] {"SHA256withDSA", "SHA-256"}),
            Map.entry("1.3.101.112", new String[] {"Ed25519", "intrinsic"}),
            Map.entry("1.3.101.113", new String[] {"Ed448", "intrinsic"}));

    private static final Map<String, String> DIGESTS = Map.of(
            "1.3.14.3.2.26", "SHA-1",
            "2.16.840.1.101.3.4.2.4", "SHA-224",
            "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512",
            "1.2.840.113549.2.5", "MD5");

    private SignatureAlgorithms() {
    }

    static SignatureAlgorithmFacts describe(AlgorithmIdentifier algorithm) {
        String oid = algorithm.getAlgorithm().getId();
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.getId().equals(oid)) {
            return new SignatureAlgorithmFacts("RSASSA-PSS", oid, pssDigest(algorithm.getParameters()));
        }
        String[] known = KNOWN.get(oid);
        if (known != null) {
            return new SignatureAlgorithmFacts(known[0], oid, known[1]);
        }
        return new SignatureAlgorithmFacts(new DefaultAlgorithmNameFinder().getAlgorithmName(algorithm.getAlgorithm()), oid, "unknown");
    }

    private static String pssDigest(ASN1Encodable parameters) {
        // Absent parameters mean the RFC 4055 defaults, whose hash is SHA-1.
        if (parameters == null || parameters instanceof DERNull) {
            return "SHA-1";
        }
        String hashOid = RSASSAPSSparams.getInstance(parameters).getHashAlgorithm().getAlgorithm().getId();
        return DIGESTS.getOrDefault(hashOid, "unknown");
    }
}
