package io.peeringconsole.truststore.encoding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** The digests people compare by eye or paste into configuration: fingerprints, pins, key ids. */
public final class Fingerprints {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }

    /** Upper-case hex with colons, as {@code openssl x509 -fingerprint -sha256} prints it. */
    public static String colonHex(byte[] bytes) {
        return COLON_HEX.formatHex(bytes);
    }

    public static String sha256Fingerprint(byte[] der) {
        return colonHex(sha256(der));
    }

    /** Base64 SHA-256 of a SubjectPublicKeyInfo, the RFC 7469 "pin-sha256" form. */
    public static String spkiPin(byte[] subjectPublicKeyInfoDer) {
        return Base64.getEncoder().encodeToString(sha256(subjectPublicKeyInfoDer));
    }
}
