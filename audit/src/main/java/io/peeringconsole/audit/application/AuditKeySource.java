package io.peeringconsole.audit.application;

/**
 * Where the key for sensitive audit fields comes from; the console provides it from its data directory. Every node
 * writing to one trail must use the same key, or the same value would hash differently on each node.
 */
public interface AuditKeySource {

    /** The HMAC key, at least {@value io.peeringconsole.audit.domain.KeyedHash#MIN_KEY_BYTES} bytes. */
    byte[] sensitiveFieldKey();
}
