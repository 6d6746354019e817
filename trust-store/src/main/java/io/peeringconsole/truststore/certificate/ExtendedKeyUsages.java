package io.peeringconsole.truststore.certificate;

import java.util.Map;

/**
 * Names of the extended key usages, as they appear in {@link CertificateFacts#extendedKeyUsage()}. Purposes without
 * a name here are listed by their dotted OID.
 */
public final class ExtendedKeyUsages {

    public static final String SERVER_AUTH = "serverAuth";
    public static final String CLIENT_AUTH = "clientAuth";
    public static final String ANY = "anyExtendedKeyUsage";

    private static final Map<String, String> BY_OID = Map.of(
            "1.3.6.1.5.5.7.3.1", SERVER_AUTH,
            "1.3.6.1.5.5.7.3.2", CLIENT_AUTH,
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "2.5.29.37.0", ANY);

    private ExtendedKeyUsages() {
    }

    static String nameOf(String oid) {
        return BY_OID.getOrDefault(oid, oid);
    }
}
