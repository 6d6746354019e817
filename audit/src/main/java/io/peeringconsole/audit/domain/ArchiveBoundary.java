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
 * Where the trail in the database begins after older entries were archived to a file and removed: entries
 * {@code firstSequence} to {@code lastSequence} are in {@code archiveFile}, and the first entry still in the database
 * links to {@code lastHash}. The boundary is signed, so that nobody can delete old entries and write a boundary to
 * cover it up.
 * <p>
 * The signed bytes are ASCII lines each ending in a line feed (see {@link #signedBytes}):
 * {@code peering-console/audit-archive-boundary/v1}, first sequence, last sequence, last hash, archived at (UTC,
 * six fraction digits), archive file name, SHA-256 of the archive file in hex.
 */
@Entity
@Table(name = "audit_archive_boundary")
public class ArchiveBoundary {

    /** The action of the audit entry that records an archive run; its target id is the archive file name. */
    public static final String RECORDED_ACTION = "AUDIT_ARCHIVED";

    static final String FORMAT = "peering-console/audit-archive-boundary/v1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "first_sequence", nullable = false, updatable = false)
    private long firstSequence;

    @Column(name = "last_sequence", nullable = false, updatable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false, updatable = false)
    private String lastHash;

    @Column(name = "archived_at", nullable = false, updatable = false)
    private Instant archivedAt;

    @Column(name = "archive_file", length = 300, nullable = false, updatable = false)
    private String archiveFile;

    @Column(name = "file_sha256", length = 64, nullable = false, updatable = false)
    private String fileSha256;

    @Embedded
    private StoredSignature signature;

    protected ArchiveBoundary() {
        // for JPA
    }

    /** The facts of one archive run, signed by the console. */
    public record Facts(long firstSequence, long lastSequence, String lastHash, Instant archivedAt,
            String archiveFile, String fileSha256) {

        public Facts {
            if (firstSequence < 1 || lastSequence < firstSequence) {
                throw new IllegalArgumentException("An archive holds entries " + firstSequence + " to "
                        + lastSequence + ", which is no range.");
            }
            Objects.requireNonNull(lastHash, "lastHash");
            archivedAt = archivedAt.truncatedTo(ChronoUnit.MICROS);
            Objects.requireNonNull(archiveFile, "archiveFile");
            Objects.requireNonNull(fileSha256, "fileSha256");
        }

        byte[] signedBytes() {
            String text = String.join("\n", FORMAT, Long.toString(firstSequence), Long.toString(lastSequence),
                    lastHash, AuditChain.timestamp(archivedAt), archiveFile, fileSha256) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    public static ArchiveBoundary sign(Facts facts, AuditSigner signer) {
        ArchiveBoundary boundary = new ArchiveBoundary();
        boundary.firstSequence = facts.firstSequence();
        boundary.lastSequence = facts.lastSequence();
        boundary.lastHash = facts.lastHash();
        boundary.archivedAt = facts.archivedAt();
        boundary.archiveFile = facts.archiveFile();
        boundary.fileSha256 = facts.fileSha256();
        boundary.signature = StoredSignature.of(signer.sign(facts.signedBytes()));
        return boundary;
    }

    public Facts facts() {
        return new Facts(firstSequence, lastSequence, lastHash, archivedAt, archiveFile, fileSha256);
    }

    /** The exact bytes the boundary's signature covers. */
    public byte[] signedBytes() {
        return facts().signedBytes();
    }

    public boolean signatureValidWith(AuditSigner signer) {
        return signature.verifies(signedBytes(), signer);
    }

    public Long id() {
        return id;
    }

    public long firstSequence() {
        return firstSequence;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public String archiveFile() {
        return archiveFile;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String keyId() {
        return signature.keyId();
    }
}
