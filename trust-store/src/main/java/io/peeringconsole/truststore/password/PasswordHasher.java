package io.peeringconsole.truststore.password;

/**
 * Turns passwords into self-describing encoded hashes and checks candidates against them.
 * Callers never see the algorithm; the encoding carries it so that parameters can change later.
 */
public interface PasswordHasher {

    /** Returns an encoded hash with a fresh random salt; the char array is not cleared. */
    String hash(char[] password);

    /** True only when the password matches; false (never an exception) for a malformed or unsupported encoding. */
    boolean verify(char[] password, String encoded);
}
