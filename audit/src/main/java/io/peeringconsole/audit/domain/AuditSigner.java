package io.peeringconsole.audit.domain;

import java.util.Map;

/**
 * The console's signing key as the audit trail needs it. The audit module holds no keys and depends on no crypto
 * library: the application supplies this from its key store.
 */
public interface AuditSigner {

    /** Signs with the current key. */
    AuditSignature sign(byte[] data);

    /** True only when a current or retired key with the signature's key id made it over {@code data}. */
    boolean verify(AuditSignature signature, byte[] data);

    /** The certificate (PEM) of every key, current and retired, by key id: what an offline verifier needs. */
    Map<String, String> certificates();
}
