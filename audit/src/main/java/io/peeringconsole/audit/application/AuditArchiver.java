package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.ArchiveBoundary;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.audit.export.ExportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Moves entries older than a cut-off from the database into a signed archive file, without breaking verification of
 * what remains. The trail is verified first (archiving a broken trail would destroy the evidence), the file is written
 * outside any lock (archived entries never change), and only then, in one short transaction, are the entries removed
 * and the signed boundary stored. A file whose removal failed is deleted again.
 */
@ApplicationScoped
public class AuditArchiver {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    TrailVerification verification;

    @Inject
    AuditExporter exporter;

    @Inject
    ArchiveRemoval removal;

    /**
     * Archives every entry older than {@code cutoff} into {@code directory}.
     *
     * @return what was archived, or empty when no entry is older than the cut-off
     * @throws AuditRefusedException if the trail does not verify, or another run finished first
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<ArchiveResult> archiveOlderThan(Actor actor, Instant cutoff, Path directory) {
        ChainVerification verdict = verification.run();
        if (!verdict.intact()) {
            throw new AuditRefusedException("The audit trail is broken at entry " + verdict.firstBrokenSequence() + " ("
                    + verdict.reason() + "); archiving now would remove the evidence. Investigate the break first.");
        }
        Optional<ArchiveBoundary> previous = verification.newestBoundary();
        long first = previous.map(b -> b.lastSequence() + 1).orElse(1L);
        Optional<AuditEntry> last = lastOlderThan(cutoff);
        if (last.isEmpty() || last.get().sequence() < first) {
            return Optional.empty();
        }
        long lastSequence = last.get().sequence();
        Path file = directory.resolve(String.format("audit-%012d-%012d.jsonl", first, lastSequence));
        String sha256 = write(ExportSelection.sequences(first, lastSequence), file);
        try {
            ArchiveBoundary boundary = removal.commit(actor, new ArchiveBoundary.Facts(first, lastSequence,
                    last.get().entryHash(), Instant.now(), file.getFileName().toString(), sha256),
                    previous.map(ArchiveBoundary::lastSequence).orElse(null));
            return Optional.of(new ArchiveResult(boundary, file, lastSequence - first + 1));
        } catch (RuntimeException failed) {
            deleteQuietly(file, failed);
            throw failed;
        }
    }

    /**
     * The last entry of the unbroken run of entries older than the cut-off: an entry recorded later but stamped
     * earlier (a node's clock behind) never makes the archive skip a younger entry.
     */
    private Optional<AuditEntry> lastOlderThan(Instant cutoff) {
        List<Long> firstYoung = em.createQuery("select min(e.sequence) from AuditEntry e where e.occurredAt >= :cutoff",
                Long.class).setParameter("cutoff", cutoff).getResultList();
        Long bound = firstYoung.isEmpty() ? null : firstYoung.getFirst();
        String jpql = bound == null
                ? "select e from AuditEntry e order by e.sequence desc"
                : "select e from AuditEntry e where e.sequence < :bound order by e.sequence desc";
        var query = em.createQuery(jpql, AuditEntry.class);
        if (bound != null) {
            query.setParameter("bound", bound);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** Writes the archive through a temporary file, so a half-written file never carries the final name. */
    private String write(ExportSelection selection, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "archiving-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
                exporter.write(selection, ExportFormat.JSONL, out, written -> { });
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("The archive file " + file + " could not be written: " + e.getMessage()
                    + ". Check that the data directory is writable; nothing was removed.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256.", e);
        }
    }

    private static void deleteQuietly(Path file, RuntimeException cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}
