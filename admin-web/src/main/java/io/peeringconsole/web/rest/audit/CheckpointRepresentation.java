package io.peeringconsole.web.rest.audit;

import io.peeringconsole.audit.domain.AuditCheckpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed checkpoint, with the exact text its signature covers so that anyone can check it with {@code openssl dgst
 * -sha256 -verify}.
 */
public record CheckpointRepresentation(long sequence, String entryHash, Instant signedAt, String keyId,
        String algorithm, String signature, String signedText) {

    static CheckpointRepresentation of(AuditCheckpoint c) {
        return new CheckpointRepresentation(c.sequence(), c.entryHash(), c.signedAt(), c.keyId(), c.algorithm(),
                c.signatureBase64(), new String(AuditCheckpoint.signedBytes(c.sequence(), c.entryHash(),
                        c.signedAt()), StandardCharsets.US_ASCII));
    }
}
