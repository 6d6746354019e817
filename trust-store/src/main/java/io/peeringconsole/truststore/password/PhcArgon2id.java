package io.peeringconsole.truststore.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an Argon2id PHC string, parsed strictly: anything unexpected makes the encoding unusable. */
record PhcArgon2id(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    // Upper bounds keep a tampered hash column from turning a login into a denial of service.
    private static final int MAX_MEMORY_KIB = 262_144;
    private static final int MAX_ITERATIONS = 10;
    private static final int MAX_PARALLELISM = 16;

    static Optional<PhcArgon2id> parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int memory = Integer.parseInt(m.group(1));
            int iterations = Integer.parseInt(m.group(2));
            int parallelism = Integer.parseInt(m.group(3));
            byte[] salt = Base64.getDecoder().decode(m.group(4));
            byte[] hash = Base64.getDecoder().decode(m.group(5));
            PhcArgon2id phc = new PhcArgon2id(memory, iterations, parallelism, salt, hash);
            return phc.withinBounds() ? Optional.of(phc) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private boolean withinBounds() {
        return parallelism >= 1 && parallelism <= MAX_PARALLELISM
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB
                && salt.length >= 8 && salt.length <= 64
                && hash.length >= 16 && hash.length <= 64;
    }
}
