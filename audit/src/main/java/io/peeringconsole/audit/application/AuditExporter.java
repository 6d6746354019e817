package io.peeringconsole.audit.application;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.AuditSigner;
import io.peeringconsole.audit.export.ExportFormat;
import io.peeringconsole.audit.export.ExportHeader;
import io.peeringconsole.audit.export.ExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Streams a selection of the trail into an export file page by page, so that memory stays flat however many entries
 * it holds. The checkpoints within the selection's sequence range come first, with the certificates of every signing
 * key, so that the file verifies offline (see {@code tools/verify-audit-export}).
 */
@ApplicationScoped
public class AuditExporter {

    static final int PAGE = 1000;
    public static final String RECORDED_ACTION = "AUDIT_EXPORTED";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSigner signer;

    /** Records that {@code actor} exported the selection; call before streaming, the export itself changes nothing. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordExport(Actor actor, ExportSelection selection, ExportFormat format) {
        trail.record(actor, AuditEvent.of(RECORDED_ACTION, "AuditTrail", null)
                .after("{\"format\":\"" + format.extension() + "\",\"selection\":" + jsonText(selection.describe())
                        + "}"));
    }

    /** How many entries the selection holds, for progress. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long count(ExportSelection selection) {
        if (selection.selectsNothing()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + selection.where(), Long.class);
        selection.bind(query, 0);
        return query.getSingleResult();
    }

    /**
     * Writes the export; {@code progress} hears the number of entries written after each page. Runs outside any
     * transaction, so each page is detached as soon as it is written.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long write(ExportSelection selection, ExportFormat format, OutputStream out, LongConsumer progress)
            throws IOException {
        ExportWriter writer = format.open(out, signer);
        writer.header(new ExportHeader(Instant.now(), selection.describe(), signer.certificates()));
        long checkpoints = selection.selectsNothing() ? 0 : writeCheckpoints(selection, writer);
        long written = 0;
        long after = 0;
        List<AuditEntry> page = List.of();
        do {
            if (selection.selectsNothing()) {
                break;
            }
            TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + selection.where()
                    + " order by e.sequence", AuditEntry.class);
            selection.bind(query, after);
            page = query.setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                writer.entry(entry);
                after = entry.sequence();
            }
            written += page.size();
            progress.accept(written);
        } while (page.size() == PAGE);
        writer.trailer(written, checkpoints);
        return written;
    }

    /** The checkpoints between the first and the last selected entry, which are the ones a verifier can match. */
    private long writeCheckpoints(ExportSelection selection, ExportWriter writer) throws IOException {
        TypedQuery<Object[]> bounds = em.createQuery("select min(e.sequence), max(e.sequence) from AuditEntry e"
                + selection.where(), Object[].class);
        selection.bind(bounds, 0);
        Object[] range = bounds.getSingleResult();
        if (range[0] == null) {
            return 0;
        }
        long count = 0;
        long after = (Long) range[0] - 1;
        List<AuditCheckpoint> page;
        do {
            page = em.createQuery("select c from AuditCheckpoint c where c.sequence > :after and c.sequence <= :last"
                            + " order by c.sequence", AuditCheckpoint.class)
                    .setParameter("after", after).setParameter("last", range[1]).setMaxResults(PAGE).getResultList();
            for (AuditCheckpoint c : page) {
                writer.checkpoint(c);
                after = c.sequence();
            }
            count += page.size();
        } while (page.size() == PAGE);
        return count;
    }

    static String jsonText(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
