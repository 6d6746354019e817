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
import java.util.List;

/**
 * How the audit trail's filter queries behave at a million entries on the embedded H2 database, with the schema the
 * console migrates to (V1 and V8). Loads the rows with plain JDBC, then times each query shape that AuditQueries
 * issues (first run and best of five; ORDER BY as AuditFilterQuery writes it) and prints the index H2 chose.
 *
 *   java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar AuditFilterScale.java [rows]
 */
public class AuditFilterScale {

    private static final String[] ACTIONS = {"PEER_NETWORK_CREATED", "PEER_NETWORK_UPDATED", "LOGIN", "LOGIN_FAILED",
            "AGREEMENT_APPROVED", "LOCAL_DOMAIN_UPDATED", "CERTIFICATE_IMPORTED", "ACCOUNT_CREATED"};

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("audit-scale");
        try {
            run(dir, rows);
        } finally {
            // A million entries take over a gigabyte; leave nothing behind.
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int rows) throws Exception {
        Path migrations = Path.of("../../admin-web/src/main/resources/db/migration");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db")
                // Re-running an identical query would otherwise answer from H2's cached result.
                + ";OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "")) {
            for (String file : List.of("V1__audit.sql", "V8__audit_forwarding.sql")) {
                try (Statement s = c.createStatement()) {
                    for (String sql : Files.readString(migrations.resolve(file)).replaceAll("(?m)^--.*$", "")
                            .split(";")) {
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                }
            }
            long loaded = load(c, rows);
            System.out.printf("loaded %,d entries in %,d ms%n%n%-28s %12s %12s   %s%n", rows, loaded, "query",
                    "first", "best of 5", "index");
            Instant end = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rows);
            Timestamp hourAgo = Timestamp.from(end.minusSeconds(3600));
            Timestamp dayAgo = Timestamp.from(end.minusSeconds(86_400));
            time(c, "newest page, no filter", "select * from audit_entry order by sequence desc limit 50");
            time(c, "count, no filter", "select count(*) from audit_entry");
            time(c, "page, action", "select * from audit_entry where action = 'AGREEMENT_APPROVED'"
                    + " order by action desc, occurred_at desc, sequence desc limit 50");
            time(c, "count, action", "select count(*) from audit_entry where action = 'AGREEMENT_APPROVED'");
            time(c, "page, actor", "select * from audit_entry where actor_name = 'user-42'"
                    + " order by actor_name desc, sequence desc limit 50");
            time(c, "count, actor", "select count(*) from audit_entry where actor_name = 'user-42'");
            time(c, "page, last day", "select * from audit_entry where occurred_at >= ? and occurred_at < ?"
                    + " order by occurred_at desc, sequence desc limit 50", dayAgo, Timestamp.from(end));
            time(c, "count, last day", "select count(*) from audit_entry where occurred_at >= ?", dayAgo);
            time(c, "page, target", "select * from audit_entry where target_type = 'PeerNetwork'"
                    + " and target_id = '4242' order by target_type desc, target_id desc, sequence desc limit 50");
            time(c, "page, domain admin", "select * from audit_entry where local_domain in ('d7.example.com')"
                    + " order by local_domain desc, sequence desc limit 50");
            time(c, "count, domain admin", "select count(*) from audit_entry where local_domain in ('d7.example.com')");
            time(c, "page, actor sort", "select * from audit_entry order by actor_name asc, sequence asc limit 50");
            time(c, "page, action+actor+day", "select * from audit_entry where action = 'LOGIN_FAILED'"
                    + " and actor_name = 'user-42' and occurred_at >= ? order by actor_name desc, sequence desc limit 50", dayAgo);
            time(c, "alert: failed logins/hour", "select actor_name, count(*) from audit_entry where action ="
                    + " 'LOGIN_FAILED' and occurred_at >= ? group by actor_name having count(*) >= 5", hourAgo);
            time(c, "deep page (offset 900k)", "select * from audit_entry order by sequence desc limit 50 offset "
                    + (rows * 9 / 10));
            time(c, "text search (LIKE, scan)", "select count(*) from audit_entry where lower(target_id) like"
                    + " '%4242%'");
            time(c, "value match (LIKE, scan)", "select count(*) from audit_entry where after_state like"
                    + " '%hmac-sha256:00ff%'");
        }
    }

    private static long load(Connection c, int rows) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (PreparedStatement insert = c.prepareStatement("insert into audit_entry (sequence, occurred_at,"
                + " actor_name, actor_role, source_address, action, target_type, target_id, local_domain, outcome,"
                + " before_state, after_state, previous_hash, entry_hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 1; i <= rows; i++) {
                insert.setLong(1, i);
                insert.setTimestamp(2, Timestamp.from(start.plusSeconds(i)));
                insert.setString(3, "user-" + i % 500);
                insert.setString(4, "ADMIN");
                insert.setString(5, "192.0.2." + i % 250);
                insert.setString(6, ACTIONS[i % ACTIONS.length]);
                insert.setString(7, "PeerNetwork");
                insert.setString(8, Integer.toString(i % 100_000));
                insert.setString(9, "d" + i % 50 + ".example.com");
                insert.setString(10, i % 17 == 0 ? "FAILURE" : "SUCCESS");
                insert.setString(11, "{\"displayName\":\"Peer " + i + "\"}");
                insert.setString(12, "{\"displayName\":\"Peer " + i + " renamed\"}");
                insert.setString(13, "0".repeat(64));
                insert.setString(14, "1".repeat(64));
                insert.addBatch();
                if (i % 10_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void time(Connection c, String name, String sql, Object... parameters) throws SQLException {
        long best = Long.MAX_VALUE;
        long first = 0;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            try (PreparedStatement query = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        // read every row, as the page would be
                    }
                }
            }
            long took = System.nanoTime() - started;
            first = run == 0 ? took : first;
            best = Math.min(best, took);
        }
        String plan;
        try (PreparedStatement explain = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                plan = rs.getString(1).replaceAll("\\s+", " ");
            }
        }
        String index = plan.replaceAll(".*?/\\* (PUBLIC\\.[A-Z_]+[^*]*)\\*/.*", "$1").strip();
        System.out.printf("%-28s %9.2f ms %9.2f ms   %s%n", name, first / 1e6, best / 1e6,
                index.length() > 80 ? index.substring(0, 80) : index);
    }
}
