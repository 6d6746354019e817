import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does an embedded H2 file database keep every commit it acknowledged when its process is killed with kill -9, and
 * how many commits per second does it take? Each commit writes what a publish writes: a row of about 8 KB and an
 * update of a pointer row.
 *
 * <pre>
 * java -cp h2.jar H2Durability.java crash DIR TRIALS THREADS URL_SUFFIX [sync]   kill a writer TRIALS times
 * java -cp h2.jar H2Durability.java rate DIR SECONDS THREADS URL_SUFFIX [sync]    commits per second
 * </pre>
 * URL_SUFFIX is appended to jdbc:h2:file:DIR/db, e.g. ";WRITE_DELAY=0". With "sync", every commit is followed by
 * CHECKPOINT SYNC, as the console does after a publish.
 */
public class H2Durability {

    private static final int CHURN_ROWS = 2000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "writer" -> writer(args[1], Integer.parseInt(args[2]), Long.MAX_VALUE, "sync".equals(suffix(args, 3)));
            case "crash" -> crash(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    suffix(args, 4), suffix(args, 5));
            case "rate" -> rate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), suffix(args, 4),
                    "sync".equals(suffix(args, 5)));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static String suffix(String[] args, int index) {
        return args.length > index ? args[index] : "";
    }

    private static String url(Path dir, String suffix) {
        return "jdbc:h2:file:" + dir.toAbsolutePath() + "/db" + suffix;
    }

    private static void createSchema(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS snapshot(writer INT, serial BIGINT, content VARBINARY(65536),"
                    + " PRIMARY KEY(writer, serial))");
            s.execute("CREATE TABLE IF NOT EXISTS pointer(writer INT PRIMARY KEY, serial BIGINT)");
            // Rows that every commit rewrites a few of, as the console's other tables are: the file fragments, so
            // chunks land in reused space rather than only at its end.
            s.execute("CREATE TABLE IF NOT EXISTS churn(id INT PRIMARY KEY, payload VARBINARY(4096))");
            s.execute("MERGE INTO churn KEY(id) SELECT X, CAST(RANDOM_UUID() AS VARBINARY) FROM SYSTEM_RANGE(1, "
                    + CHURN_ROWS + ") WHERE NOT EXISTS (SELECT 1 FROM churn)");
        }
    }

    /** Commits back to back from {@code threads} connections; prints "writer serial" after each commit returned. */
    private static long writer(String url, int threads, long millis, boolean sync) throws Exception {
        createSchema(url);
        AtomicLong commits = new AtomicLong();
        long until = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            running.add(Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    long serial = 0;
                    try (ResultSet rs = c.createStatement().executeQuery(
                            "SELECT COALESCE(MAX(serial), 0) FROM snapshot WHERE writer = " + writer)) {
                        rs.next();
                        serial = rs.getLong(1);
                    }
                    c.commit();
                    byte[] content = new byte[8192];
                    Random random = new Random(writer);
                    PreparedStatement insert = c.prepareStatement("INSERT INTO snapshot VALUES (?, ?, ?)");
                    PreparedStatement point = c.prepareStatement("MERGE INTO pointer KEY(writer) VALUES (?, ?)");
                    PreparedStatement churn = c.prepareStatement("UPDATE churn SET payload = ? WHERE id = ?");
                    byte[] payload = new byte[2048];
                    while (System.currentTimeMillis() < until) {
                        serial++;
                        random.nextBytes(content);
                        insert.setInt(1, writer);
                        insert.setLong(2, serial);
                        insert.setBytes(3, content);
                        insert.executeUpdate();
                        point.setInt(1, writer);
                        point.setLong(2, serial);
                        point.executeUpdate();
                        for (int i = 0; i < 10; i++) {
                            random.nextBytes(payload);
                            churn.setBytes(1, payload);
                            churn.setInt(2, 1 + random.nextInt(CHURN_ROWS));
                            churn.executeUpdate();
                        }
                        c.commit();
                        if (sync) {
                            try (Statement checkpoint = c.createStatement()) {
                                checkpoint.execute("CHECKPOINT SYNC");
                            }
                        }
                        commits.incrementAndGet();
                        if (millis == Long.MAX_VALUE) {
                            System.out.println(writer + " " + serial);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : running) {
            t.join();
        }
        return commits.get();
    }

    private static void crash(Path dir, int trials, int threads, String suffix, String sync) throws Exception {
        Files.createDirectories(dir);
        String url = url(dir, suffix);
        createSchema(url);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20261126L);
        int lost = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    System.getProperty("h2durability.source", "bench/h2-durability/H2Durability.java"),
                    "writer", url, Integer.toString(threads), sync).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long[] acknowledged = new long[threads];
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        String[] parts = line.split(" ");
                        acknowledged[Integer.parseInt(parts[0])] = Long.parseLong(parts[1]);
                        writing.countDown();
                    }
                } catch (Exception ignored) {
                    // The writer was killed.
                }
            });
            writing.await();
            Thread.sleep(random.nextInt(1000));
            writer.destroyForcibly().waitFor();
            reader.join();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                for (int t = 0; t < threads; t++) {
                    try (ResultSet rs = c.createStatement().executeQuery(
                            "SELECT COALESCE(MAX(serial), 0) FROM snapshot WHERE writer = " + t)) {
                        rs.next();
                        long stored = rs.getLong(1);
                        if (stored < acknowledged[t]) {
                            lost++;
                            System.out.printf("trial %d writer %d: acknowledged %d, stored %d%n", trial, t,
                                    acknowledged[t], stored);
                        }
                    }
                }
            }
        }
        System.out.printf("crash: %d trials x %d writers, url suffix '%s' %s: %d lost acknowledged commits%n", trials,
                threads, suffix, sync, lost);
    }

    private static void rate(Path dir, int seconds, int threads, String suffix, boolean sync) throws Exception {
        Files.createDirectories(dir);
        String url = url(dir, suffix);
        writer(url, threads, 2000, sync);
        long commits = writer(url, threads, seconds * 1000L, sync);
        System.out.printf("rate: %d writers, url suffix '%s'%s: %.0f commits/s%n", threads, suffix,
                sync ? " + CHECKPOINT SYNC" : "", commits / (double) seconds);
    }
}
