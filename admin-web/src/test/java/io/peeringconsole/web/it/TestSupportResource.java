package io.peeringconsole.web.it;

import jakarta.annotation.Resource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deployed with container tests only (never part of the console): reaches behind the console's back to
 * make the database misbehave or to load volume quickly. Authenticated like every API resource.
 */
@Path("test-support")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
public class TestSupportResource {

    @Resource(lookup = "java:app/jdbc/peering")
    private DataSource dataSource;

    /** Makes the audit table unwritable (renamed away) or writable again. */
    @POST
    @Path("audit-table")
    public String auditTable(@QueryParam("writable") boolean writable) throws SQLException {
        String sql = writable
                ? "ALTER TABLE audit_entry_unavailable RENAME TO audit_entry"
                : "ALTER TABLE audit_entry RENAME TO audit_entry_unavailable";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                // H2 writes committed changes to its file a moment later; the container may be stopped before that,
                // and the next test class would find the table still renamed away.
                s.execute("CHECKPOINT SYNC");
            }
        }
        return writable ? "writable" : "unwritable";
    }

    /**
     * Runs SQL statements (separated by lines holding only {@code ;}) in one transaction, as someone with database
     * access would; answers the update counts.
     */
    @POST
    @Path("sql")
    @Consumes(MediaType.TEXT_PLAIN)
    public String sql(String statements) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements.split("\\n;\\n")) {
                    if (!sql.isBlank()) {
                        counts.append(counts.isEmpty() ? "" : ",").append(s.executeUpdate(sql.strip()));
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return counts.toString();
    }

    /** Empties the audit trail (entries, checkpoints, archive boundaries, head), so tamper tests start clean. */
    @POST
    @Path("audit-reset")
    public String auditReset(@QueryParam("oldEntries") @DefaultValue("0") int oldEntries,
            @QueryParam("daysAgo") @DefaultValue("400") int daysAgo) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditTampering.reset(c);
            AuditTampering.seedOldEntries(c, oldEntries, daysAgo);
            c.commit();
        }
        return "reset";
    }

    /** Appends a forged, correctly sealed entry behind the console's back; answers its sequence. */
    @POST
    @Path("audit-forge")
    public String auditForge(@QueryParam("rewriteHead") boolean rewriteHead) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return Long.toString(AuditTampering.forgeNextEntry(c, rewriteHead));
        }
    }

    /** Inserts {@code count} peer networks with one domain each, named from {@code prefix}, in batches. */
    @POST
    @Path("bulk-peers")
    public String bulkPeers(@QueryParam("prefix") String prefix, @QueryParam("count") @DefaultValue("100000") int count)
            throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement peer = c.prepareStatement(BulkPeerSql.PEER);
                    PreparedStatement domain = c.prepareStatement(BulkPeerSql.DOMAIN)) {
                BulkPeerSql.insert(c, peer, domain, prefix, count, Timestamp.from(Instant.now()));
            }
            c.commit();
        }
        return Long.toString((System.nanoTime() - started) / 1_000_000);
    }
}
