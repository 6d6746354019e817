package io.peeringconsole.web.it;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/**
 * What someone with write access to the database (and the source code) could do to the audit trail, done with plain
 * JDBC behind the console's back: for the tamper and retention tests only.
 */
final class AuditTampering {

    private static final String INSERT = "INSERT INTO audit_entry (sequence, occurred_at, actor_name, actor_role,"
            + " source_address, action, target_type, target_id, local_domain, outcome, before_state, after_state,"
            + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditTampering() {
    }

    /** Empties the trail, its checkpoints and archive boundaries, and resets the head: a fresh console's trail. */
    static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_entry");
            s.executeUpdate("DELETE FROM audit_checkpoint");
            s.executeUpdate("DELETE FROM audit_archive_boundary");
            s.executeUpdate("UPDATE audit_chain_head SET last_sequence = 0, last_hash = '" + AuditChain.GENESIS_HASH
                    + "' WHERE id = 1");
        }
    }

    /** Records {@code count} correctly chained entries dated {@code daysAgo} days back, onto an empty trail. */
    static void seedOldEntries(Connection c, int count, int daysAgo) throws SQLException {
        AuditChainHead head = AuditChainHead.genesis();
        Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
        for (int i = 1; i <= count; i++) {
            AuditEntry e = AuditChain.append(head, new Actor("archivist", "ADMIN", "192.0.2.7"),
                    AuditEvent.of("PEER_NETWORK_UPDATED", "PeerNetwork", "old-" + i).inDomain("example.com"),
                    start.plusSeconds(i));
            insert(c, e);
        }
        moveHead(c, head.lastSequence(), head.lastHash());
    }

    /**
     * Appends a forged entry after the newest one, sealed and linked exactly as the console would, as a forger who
     * knows the algorithm would; the head row moves too only if {@code rewriteHead}.
     */
    static long forgeNextEntry(Connection c, boolean rewriteHead) throws SQLException, ReflectiveOperationException {
        AuditChainHead head = AuditChainHead.genesis();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT sequence, entry_hash FROM audit_entry ORDER BY sequence DESC LIMIT 1")) {
            if (r.next()) {
                set(head, "lastSequence", r.getLong(1));
                set(head, "lastHash", r.getString(2));
            }
        }
        AuditEntry forged = AuditChain.append(head, new Actor("mallory", "ADMIN", "203.0.113.66"),
                AuditEvent.of("ACCOUNT_CREATED", "Account", "backdoor"), Instant.now());
        insert(c, forged);
        if (rewriteHead) {
            moveHead(c, head.lastSequence(), head.lastHash());
        }
        return forged.sequence();
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static void moveHead(Connection c, long sequence, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            p.setLong(1, sequence);
            p.setString(2, hash);
            p.executeUpdate();
        }
    }

    private static void insert(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            p.setLong(1, e.sequence());
            p.setTimestamp(2, Timestamp.from(e.occurredAt()));
            String[] texts = {e.actorName(), e.actorRole(), e.sourceAddress(), e.action(), e.targetType(),
                e.targetId(), e.localDomain(), e.outcome(), e.beforeState(), e.afterState(), e.previousHash(),
                e.entryHash()};
            for (int i = 0; i < texts.length; i++) {
                if (texts[i] == null) {
                    p.setNull(3 + i, Types.VARCHAR);
                } else {
                    p.setString(3 + i, texts[i]);
                }
            }
            p.executeUpdate();
        }
    }
}
