package io.peeringconsole.truststore.password;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) with the OWASP minimum of 19 MiB, two passes, one lane, encoded in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. Verification honours the parameters in the encoding so that
 * hashes made with other costs keep working, within bounds that stop a forged encoding from exhausting memory.
 */
@ApplicationScoped
public class Argon2idPasswordHasher implements PasswordHasher {

    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("A password is required.");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var parameters = new PhcArgon2id(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, new byte[HASH_BYTES]);
        byte[] hash = derive(password, parameters);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        Optional<PhcArgon2id> parsed = PhcArgon2id.parse(encoded);
        if (parsed.isEmpty()) {
            return false;
        }
        byte[] candidate = derive(password, parsed.get());
        return MessageDigest.isEqual(candidate, parsed.get().hash());
    }

    private static byte[] derive(char[] password, PhcArgon2id phc) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(phc.memoryKib())
                .withIterations(phc.iterations())
                .withParallelism(phc.parallelism())
                .withSalt(phc.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[phc.hash().length];
        generator.generateBytes(password, out);
        return out;
    }
}
