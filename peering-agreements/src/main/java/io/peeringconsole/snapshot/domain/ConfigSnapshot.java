package io.peeringconsole.snapshot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One published snapshot of a local domain: the canonical content, its hash and the detached CMS signature over it,
 * under a serial. Never changed once written; a rollback publishes an earlier content again under a new serial.
 */
@Entity
@Table(name = "config_snapshot")
public class ConfigSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "local_domain", length = 253, nullable = false, updatable = false)
    private String localDomain;

    @Column(name = "serial", nullable = false, updatable = false)
    private long serial;

    @Column(name = "content_hash", length = 64, nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "signature", nullable = false, updatable = false)
    private byte[] signature;

    @Column(name = "signing_key_id", length = 64, nullable = false, updatable = false)
    private String signingKeyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 16, nullable = false, updatable = false)
    private SnapshotSource source;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Column(name = "rolled_back_to", updatable = false)
    private Long rolledBackTo;

    @Column(name = "published_by", length = 64, nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected ConfigSnapshot() {
        // for JPA
    }

    /**
     * @param rolledBackTo the serial whose content this republishes, for a rollback; null otherwise
     */
    public static ConfigSnapshot publish(String localDomain, long serial, CompiledContent content, SignedBy signed,
            SnapshotSource source, String reason, Long rolledBackTo) {
        ConfigSnapshot snapshot = new ConfigSnapshot();
        snapshot.localDomain = Objects.requireNonNull(localDomain, "localDomain");
        snapshot.serial = serial;
        snapshot.contentHash = content.contentHash();
        snapshot.content = content.content();
        snapshot.signature = signed.signature();
        snapshot.signingKeyId = signed.keyId();
        snapshot.source = Objects.requireNonNull(source, "source");
        snapshot.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "\u2026";
        snapshot.rolledBackTo = rolledBackTo;
        snapshot.publishedBy = signed.by();
        snapshot.publishedAt = signed.at();
        return snapshot;
    }

    /** The bytes to publish and their SHA-256. */
    public record CompiledContent(byte[] content, String contentHash) {

        public CompiledContent {
            content = content.clone();
            Objects.requireNonNull(contentHash, "contentHash");
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** Who published, when, and the signature made for it with which key. */
    public record SignedBy(String by, Instant at, byte[] signature, String keyId) {

        public SignedBy {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            signature = signature.clone();
            Objects.requireNonNull(keyId, "keyId");
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }
    }

    public Long id() {
        return id;
    }

    public String localDomain() {
        return localDomain;
    }

    public long serial() {
        return serial;
    }

    public String contentHash() {
        return contentHash;
    }

    public byte[] content() {
        return content.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public SnapshotSource source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    public Long rolledBackTo() {
        return rolledBackTo;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
