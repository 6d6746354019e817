package io.peeringconsole.truststore.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Key pairs for test certificates. Bouncy Castle makes them because the platform no longer offers weak curves such as
 * P-224, which the weak-key cases need. RSA keys are slow to make, so one per size is shared: tests that need
 * distinct keys use EC.
 */
public final class TestKeys {

    public static final Provider BC = new BouncyCastleProvider();
    private static final Map<Integer, KeyPair> RSA_BY_SIZE = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    public static KeyPair ec(String curve) {
        return generate("EC", new ECGenParameterSpec(curve));
    }

    public static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519", BC).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa(int bits) {
        return RSA_BY_SIZE.computeIfAbsent(bits, size -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
                generator.initialize(size);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static KeyPair generate(String algorithm, java.security.spec.AlgorithmParameterSpec spec) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BC);
            generator.initialize(spec);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
