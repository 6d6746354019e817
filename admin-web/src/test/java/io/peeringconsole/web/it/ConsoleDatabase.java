package io.peeringconsole.web.it;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The database a {@link ConsoleProcess} runs on: its own embedded H2 in the data directory, or a fresh PostgreSQL
 * schema in the test database, so that what the console finds there (audit chain included) is only its own.
 */
record ConsoleDatabase(String url, String user, String password, String schema) {

    /** The jar's default: {@code console.mv.db} in its data directory. */
    static final ConsoleDatabase EMBEDDED_H2 = new ConsoleDatabase(null, null, null, null);

    /**
     * The database of the failsafe pass this test runs in ({@code it.database}): on PostgreSQL a new schema
     * {@code <prefix>_<random>} in the test database (the test role owns that database but may not create
     * databases), which the jar then uses through {@code currentSchema}: Flyway migrates the connection's current
     * schema and Hibernate resolves its unqualified tables there.
     */
    static ConsoleDatabase forThisPass(String prefix) throws SQLException {
        if (!"postgresql".equals(System.getProperty("it.database"))) {
            return EMBEDDED_H2;
        }
        String base = System.getProperty("it.postgres.url", System.getenv("PEERING_TEST_POSTGRES"));
        String user = firstSet("PEERING_DB_USER", "PEERING_TEST_POSTGRES_USER");
        String password = firstSet("PEERING_DB_PASSWORD", "PEERING_TEST_POSTGRES_PASSWORD");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("The PostgreSQL pass needs it.postgres.url or PEERING_TEST_POSTGRES");
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String schema = prefix + "_" + HexFormat.of().formatHex(random);
        try (var connection = DriverManager.getConnection(base, user, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ConsoleDatabase(url, user, password, schema);
    }

    boolean embedded() {
        return url == null;
    }

    /** What the jar reads: nothing set means its embedded H2, and no inherited PEERING_DB_URL may override that. */
    void configure(Map<String, String> environment) {
        if (embedded()) {
            environment.remove("PEERING_DB_URL");
            return;
        }
        environment.put("PEERING_DB_URL", url);
        environment.put("PEERING_DB_USER", user == null ? "" : user);
        environment.put("PEERING_DB_PASSWORD", password == null ? "" : password);
    }

    /** Where a failure's evidence stays: the schema is only dropped by {@link #drop()}. */
    String describe() {
        return embedded() ? "the embedded H2 database" : "PostgreSQL schema " + schema + " (" + url + ")";
    }

    /** Drops the schema with everything the console created in it; nothing to do for H2 (its directory goes). */
    void drop() throws SQLException {
        if (embedded()) {
            return;
        }
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String firstSet(String... variables) {
        for (String variable : variables) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
