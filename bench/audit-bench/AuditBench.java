import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.audit.domain.ChainVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit trail benchmark, run by run.sh (see README.md): (1) ChainVerifier throughput over a generated chain, reported
 * with the mean size of the hashed encoding so that run.sh can compare it with `openssl speed sha256` over the same
 * bytes; (2) audited versus unaudited mutations per second on an H2 file database, with plain JDBC.
 */
public class AuditBench {

    private static final int CHUNK = 10_000;

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int mutations = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        verification(entries);
        mutations(mutations, Files.createTempDirectory("audit-bench-h2"));
    }

    private static void verification(int total) {
        AuditChainHead head = AuditChainHead.genesis();
        ChainVerifier verifier = new ChainVerifier();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long verifyNanos = 0;
        long encodedBytes = 0;
        for (int done = 0; done < total; done += CHUNK) {
            List<AuditEntry> chunk = new ArrayList<>(CHUNK);
            for (int i = done + 1; i <= Math.min(total, done + CHUNK); i++) {
                AuditEntry e = AuditChain.append(head, new Actor("admin" + (i % 7), "DOMAIN_ADMIN", "198.51.100." + (i % 250)),
                        AuditEvent.of("PEER_NETWORK_UPDATED", "PeerNetwork", Integer.toString(i % 5000))
                                .inDomain("example.com")
                                .before("{\"name\":\"Peer " + (i - 1) + "\",\"domains\":[\"peer" + i + ".example.net\"],\"version\":" + (i - 1) + "}")
                                .after("{\"name\":\"Peer " + i + "\",\"domains\":[\"peer" + i + ".example.net\"],\"version\":" + i + "}"),
                        start.plusMillis(i));
                encodedBytes += encodedSize(e);
                chunk.add(e);
            }
            long t0 = System.nanoTime();
            for (AuditEntry e : chunk) {
                verifier.accept(e);
            }
            verifyNanos += System.nanoTime() - t0;
        }
        var result = verifier.result(head.lastSequence(), head.lastHash());
        if (!result.intact()) {
            throw new IllegalStateException("the generated chain must verify: " + result.reason());
        }
        double seconds = verifyNanos / 1e9;
        System.out.printf("verify.entries=%d%n", total);
        System.out.printf("verify.seconds=%.3f%n", seconds);
        System.out.printf("verify.entriesPerSecond=%.0f%n", total / seconds);
        System.out.printf("verify.meanEncodedBytes=%d%n", encodedBytes / total);
        System.out.printf("verify.bytesPerSecond=%.0f%n", encodedBytes / seconds);
        jdkSha256((int) (encodedBytes / total), total);
    }

    /** The floor for the line above: the JDK's own SHA-256 over blocks of the same size, nothing else. */
    private static void jdkSha256(int size, int count) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[size];
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                block[i % size] ^= 1;
                sha.update(block);
                sha.digest();
            }
            System.out.printf("jdk.sha256BytesPerSecond=%.0f%n", (double) size * count / ((System.nanoTime() - t0) / 1e9));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The length of the byte string AuditChain hashes for this entry (see its class comment). */
    private static long encodedSize(AuditEntry e) {
        String[] fields = {"peering-console/audit-entry/v1", e.previousHash(), Long.toString(e.sequence()),
            AuditChain.timestamp(e.occurredAt()), e.actorName(), e.actorRole(), e.sourceAddress(), e.action(),
            e.targetType(), e.targetId(), e.localDomain(), e.outcome(), e.beforeState(), e.afterState()};
        long size = 0;
        for (String f : fields) {
            size += f == null ? 1 : 5 + f.getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private static void mutations(int count, Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "bench", "bench")) {
            schema(c);
            c.setAutoCommit(false);
            run(c, count / 5, false);
            run(c, count / 5, true);
            double plain = run(c, count, false);
            double audited = run(c, count, true);
            double plainAgain = run(c, count, false);
            double baseline = (plain + plainAgain) / 2;
            System.out.printf("mutations.count=%d%n", count);
            System.out.printf("mutations.unauditedPerSecond=%.0f%n", baseline);
            System.out.printf("mutations.auditedPerSecond=%.0f%n", audited);
            System.out.printf("mutations.ratio=%.2f%n", audited / baseline);
        }
    }

    private static void schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE peer (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL, version BIGINT NOT NULL)");
            s.execute("CREATE TABLE audit_entry (sequence BIGINT PRIMARY KEY, occurred_at TIMESTAMP(6) WITH TIME ZONE"
                    + " NOT NULL, actor_name VARCHAR(200) NOT NULL, actor_role VARCHAR(100) NOT NULL, source_address"
                    + " VARCHAR(100), action VARCHAR(100) NOT NULL, target_type VARCHAR(100) NOT NULL, target_id"
                    + " VARCHAR(300), local_domain VARCHAR(253), outcome VARCHAR(20) NOT NULL, before_state"
                    + " VARCHAR(65536), after_state VARCHAR(65536), previous_hash VARCHAR(64) NOT NULL, entry_hash"
                    + " VARCHAR(64) NOT NULL)");
            s.execute("CREATE INDEX ix_audit_entry_domain_sequence ON audit_entry (local_domain, sequence)");
            s.execute("CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at)");
            s.execute("CREATE INDEX ix_audit_entry_action ON audit_entry (action)");
            s.execute("CREATE TABLE audit_chain_head (id BIGINT PRIMARY KEY, last_sequence BIGINT NOT NULL,"
                    + " last_hash VARCHAR(64) NOT NULL)");
            s.execute("INSERT INTO audit_chain_head VALUES (1, 0, '" + AuditChain.GENESIS_HASH + "')");
            s.execute("INSERT INTO peer SELECT X, 'Peer ' || X, 0 FROM SYSTEM_RANGE(1, 1000)");
        }
    }

    private static final AuditChainHead HEAD = AuditChainHead.genesis();

    /** Mutations per second: each one transaction updating a peer, plus, when audited, what AuditTrail.record does. */
    private static double run(Connection c, int count, boolean audited) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE peer SET name = ?, version = version + 1 WHERE id = ?");
                PreparedStatement lock = c.prepareStatement("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement advance = c.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long id = 1 + (i % 1000);
                String name = "Peer " + id + " rev " + i;
                update.setString(1, name);
                update.setLong(2, id);
                update.executeUpdate();
                if (audited) {
                    record(lock, insert, advance, id, name);
                }
                c.commit();
            }
            return count / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void record(PreparedStatement lock, PreparedStatement insert, PreparedStatement advance, long id,
            String name) throws SQLException {
        try (ResultSet head = lock.executeQuery()) {
            head.next();
        }
        AuditEntry e = AuditChain.append(HEAD, new Actor("admin", "ADMIN", "198.51.100.1"),
                AuditEvent.of("PEER_NETWORK_UPDATED", "PeerNetwork", Long.toString(id)).inDomain("example.com")
                        .after("{\"name\":\"" + name + "\"}"), Instant.now());
        insert.setLong(1, e.sequence());
        insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
        String[] texts = {e.actorName(), e.actorRole(), e.sourceAddress(), e.action(), e.targetType(), e.targetId(),
            e.localDomain(), e.outcome(), e.beforeState(), e.afterState(), e.previousHash(), e.entryHash()};
        for (int i = 0; i < texts.length; i++) {
            insert.setString(3 + i, texts[i]);
        }
        insert.executeUpdate();
        advance.setLong(1, e.sequence());
        advance.setString(2, e.entryHash());
        advance.executeUpdate();
    }
}
