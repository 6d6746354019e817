package io.peeringconsole.web.infrastructure.persistence;

import io.peeringconsole.snapshot.application.SnapshotPublished;
import io.peeringconsole.web.infrastructure.startup.ConsoleStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On the embedded H2 database, a committed publish is stored and the file synced to the device
 * ({@code CHECKPOINT SYNC}) after the commit and before the 201 leaves, so that a power cut after the answer does not
 * take back a snapshot a gateway may already hold. With {@code WRITE_DELAY=0} each commit already writes the file
 * before it returns; the sync adds the device flush.
 * <p>
 * Only publishes pay for it (one fsync, a few milliseconds); every other commit keeps H2's ordinary commit.
 * PostgreSQL needs nothing here: its commit returns after the WAL is flushed ({@code synchronous_commit=on}).
 * SnapshotCrashIT checks the kill -9 side end to end.
 */
@ApplicationScoped
public class PublishDurability {

    private static final Logger LOG = Logger.getLogger(PublishDurability.class.getName());

    @Inject
    private Unenlisted unenlisted;

    /** Runs in the publishing thread right after the commit, so the 201 waits for it. */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnapshotPublished event) {
        try {
            unenlisted.syncIfEmbedded();
        } catch (SQLException | RuntimeException e) {
            // The publish has committed and cannot be undone from here; say loudly that its durability is in doubt.
            LOG.log(Level.SEVERE, "Snapshot " + event.snapshot().localDomain() + "#" + event.snapshot().serial()
                    + " was committed but the embedded database could not sync it to disk; check the disk under"
                    + " PEERING_DATA_DIR.", e);
        }
    }

    /**
     * Outside the (already completed) publishing transaction, so that the pool hands out a connection that is not
     * enlisted in it.
     */
    @ApplicationScoped
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public static class Unenlisted {

        @Resource(lookup = ConsoleStartup.DATA_SOURCE)
        private DataSource dataSource;

        private volatile Boolean embedded;

        public void syncIfEmbedded() throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                if (embedded == null) {
                    embedded = "H2".equals(connection.getMetaData().getDatabaseProductName());
                }
                if (embedded) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CHECKPOINT SYNC");
                    }
                }
            }
        }
    }
}
