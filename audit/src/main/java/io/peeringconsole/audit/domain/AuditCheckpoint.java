package io.peeringconsole.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed statement that the trail had reached entry {@code sequence} with hash {@code entryHash} at
 * {@code signedAt}. Whoever later cuts entries from the end of the trail and rewrites the chain head to match is still
 * caught up to the newest checkpoint, because they cannot make a new signature.
 * <p>
 * The signed bytes are ASCII, four lines each ending in a line feed (see {@link #signedBytes}):
 * <pre>
 * peering-console/audit-checkpoint/v1
 * &lt;sequence in decimal&gt;
 * &lt;entry hash, 64 lower-case hex digits&gt;
 * &lt;signed at, UTC, e.g. 2025-03-01T10:15:30.123456Z&gt;
 * </pre>
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    /** The action of the audit entry that records a new checkpoint; its target id is the checkpoint's sequence. */
    public static final String RECORDED_ACTION = "AUDIT_CHECKPOINT_SIGNED";

    static final String FORMAT = "peering-console/audit-checkpoint/v1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "sequence", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Embedded
    private StoredSignature signature;

    protected AuditCheckpoint() {
        // for JPA
    }

    /** Takes a checkpoint as stored or exported; {@link #sign} makes new ones. */
    public AuditCheckpoint(long sequence, String entryHash, Instant signedAt, AuditSignature signature) {
        this.sequence = sequence;
        this.entryHash = Objects.requireNonNull(entryHash, "entryHash");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
        this.signature = StoredSignature.of(signature);
    }

    /** Signs the chain head as it stands; refuses an empty chain, which has nothing to vouch for. */
    public static AuditCheckpoint sign(AuditChainHead head, Instant now, AuditSigner signer) {
        if (head.lastSequence() == 0) {
            throw new IllegalStateException("The audit trail is empty: there is no entry for a checkpoint to sign.");
        }
        Instant signedAt = now.truncatedTo(ChronoUnit.MICROS);
        AuditSignature signature = signer.sign(signedBytes(head.lastSequence(), head.lastHash(), signedAt));
        return new AuditCheckpoint(head.lastSequence(), head.lastHash(), signedAt, signature);
    }

    /** The exact bytes a checkpoint signature covers; documented on the class. */
    public static byte[] signedBytes(long sequence, String entryHash, Instant signedAt) {
        String text = FORMAT + "\n" + sequence + "\n" + entryHash + "\n" + AuditChain.timestamp(signedAt) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the console's key (current or retired) signed exactly this checkpoint. */
    public boolean signatureValidWith(AuditSigner signer) {
        return signature.verifies(signedBytes(sequence, entryHash, signedAt), signer);
    }

    public AuditSignature signature() {
        return signature.decoded();
    }

    public Long id() {
        return id;
    }

    public long sequence() {
        return sequence;
    }

    public String entryHash() {
        return entryHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String keyId() {
        return signature.keyId();
    }

    public String algorithm() {
        return signature.algorithm();
    }

    /** The signature in Base64, as stored and exported. */
    public String signatureBase64() {
        return signature.base64();
    }

    @Override
    public String toString() {
        return "AuditCheckpoint[" + sequence + " " + entryHash + " " + signedAt + " " + keyId() + "]";
    }
}
