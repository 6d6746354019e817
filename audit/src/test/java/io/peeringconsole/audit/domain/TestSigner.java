package io.peeringconsole.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A real EC P-256 signer with the JDK's own provider, standing in for the console's key store: one current key and
 * any number of retired ones, like {@code SigningKeys} after rotations.
 */
public final class TestSigner implements AuditSigner {

    private final Map<String, KeyPair> keys = new HashMap<>();
    private String currentId;

    public TestSigner() {
        rotate();
    }

    /** A new current key; the old one can still verify. */
    public TestSigner rotate() {
        currentId = "key" + (keys.size() + 1);
        keys.put(currentId, newKey());
        return this;
    }

    public KeyPair currentKey() {
        return keys.get(currentId);
    }

    @Override
    public AuditSignature sign(byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.get(currentId).getPrivate());
            s.update(data);
            return new AuditSignature(currentId, "SHA256withECDSA", s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(AuditSignature signature, byte[] data) {
        KeyPair key = keys.get(signature.keyId());
        if (key == null || !"SHA256withECDSA".equals(signature.algorithm())) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initVerify(key.getPublic());
            s.update(data);
            return s.verify(signature.value());
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    /**
     * Public keys rather than certificates, because the JDK cannot make a certificate without an internal API; the
     * offline verifier accepts either.
     */
    @Override
    public Map<String, String> certificates() {
        Map<String, String> pems = new HashMap<>();
        keys.forEach((id, key) -> pems.put(id, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n"));
        return pems;
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
