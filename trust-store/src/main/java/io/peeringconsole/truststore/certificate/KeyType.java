package io.peeringconsole.truststore.certificate;

/** The public-key algorithms a peer may present; {@code OTHER} keeps unknown ones visible instead of failing. */
public enum KeyType {
    RSA, EC, ED25519, ED448, DSA, OTHER
}
