package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Publishing survives kill -9 at any moment: the console jar is killed at random points while snapshots are being
 * published back to back, then restarted on the same data. Each time the served snapshot must be the last one
 * answered 201 (old) or the one in flight when the kill came (new), never an older one: a 201 means the snapshot is
 * on disk. It must be complete (its content hashes to its ETag), signed (stock openssl verifies it), with no gap in
 * the serials and an intact audit chain. In the PostgreSQL pass the jar runs on a fresh schema of the test
 * database, dropped when the test passes and kept (named in the failure) when it does not.
 *
 * <p>It runs in the PostgreSQL pass only. Embedded H2 2.5.252 can lose the last committed chunk on kill -9 (it
 * writes the store header before it records the new chunk as the last one, so a chunk placed in reused space is
 * reachable from nowhere until the next commit): this test then fails on H2 about one run in three, for a defect
 * that is H2's. To run it on H2 by hand, which keeps the database files as the kill left them when it fails:
 * <pre>
 * mvn -B -o -pl admin-web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=SnapshotCrashIT -Dit.h2.excludedGroups=
 * </pre>
 */
// "persistence" puts it in the PostgreSQL pass; "postgresql-only" keeps it out of the H2 pass (admin-web/pom.xml).
@Tag("persistence")
@Tag("postgresql-only")
class SnapshotCrashIT {

    private static final int TRIALS = 20;
    /** The password ApiClient.admin uses, so that the REST fixtures work against the started jar too. */
    private static final String PASSWORD = System.getProperty("it.admin.password");

    @Test
    void aKilledConsoleServesTheOldOrTheNewSnapshotNeverAHalfWrittenOne() throws Exception {
        assertTrue(ConsoleProcess.jar().isFile(), "the uber-jar is built by 'mvn package': " + ConsoleProcess.jar());
        Path data = Files.createTempDirectory("console-crash-");
        Path asKilled = Files.createTempDirectory("console-crash-as-killed-");
        ConsoleProcess.Runtime runtime = ConsoleProcess.Runtime.warm();
        ConsoleDatabase database = ConsoleDatabase.forThisPass("crash");
        Evidence evidence = new Evidence(database, asKilled);
        Random random = new Random(20261125L);
        String local;
        Set<String> contents;
        long acknowledged;
        // Closed normally, so that the JVM writes the class-data archive the 21 killed starts then map.
        try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD, runtime, database)) {
            SnapshotFixture fixture = new SnapshotFixture(console.url());
            local = fixture.local;
            long peerId = fixture.activePeer()[0];
            String first = published(fixture.publish());
            assertEquals(201, fixture.admin.post("public-groups", "{\"localDomain\":\"" + local
                    + "\",\"uri\":\"sip:all@" + local + "\",\"maxSize\":10,\"exposedTo\":[" + peerId + "]}")
                    .status());
            String second = published(fixture.publish());
            assertTrue(!first.equals(second), "consecutive serials must differ in content for the test to mean much");
            contents = Set.of(first, second);
            acknowledged = 2;
        }
        int killedMidway = 0;
        long startMillis = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD, runtime, database)) {
                startMillis += console.millisToReady;
                ApiClient admin = ApiClient.as(console.url(), "admin", PASSWORD);
                acknowledged = checkServed(admin, local, contents, acknowledged, "trial " + trial, evidence);
                AtomicLong lastAck = new AtomicLong(acknowledged);
                Thread publisher = Thread.ofPlatform().daemon().start(() -> publishUntilKilled(admin, local, lastAck));
                Thread.sleep(200 + random.nextInt(2500));
                console.kill();
                publisher.join(30_000);
                killedMidway += lastAck.get() > acknowledged ? 1 : 0;
                acknowledged = lastAck.get();
            }
            if (database.embedded()) {
                keepAsKilled(data, asKilled);
            }
        }
        try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD, runtime, database)) {
            startMillis += console.millisToReady;
            checkServed(ApiClient.as(console.url(), "admin", PASSWORD), local, contents, acknowledged, "last restart",
                    evidence);
        }
        System.out.printf("snapshot crash safety on %s: %d kills, %d of them after at least one publish, every"
                + " restart served the last acknowledged snapshot or the one in flight; mean start %d ms%n",
                database.embedded() ? "H2" : "PostgreSQL", TRIALS, killedMidway, startMillis / (TRIALS + 1));
        assertTrue(killedMidway >= TRIALS / 2, "most kills must land while publishing: " + killedMidway);
        // Only a failure keeps them, for inspection.
        runtime.delete();
        database.drop();
        ConsoleProcess.deleteTree(asKilled);
        ConsoleProcess.deleteTree(data);
    }

    /** The database as the kill left it, before the restart opens (and recovers) it. */
    private static void keepAsKilled(Path data, Path asKilled) throws IOException {
        try (var old = Files.list(asKilled)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (var files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".db")).sorted(Comparator
                    .naturalOrder()).toList()) {
                Files.copy(file, asKilled.resolve(file.getFileName()));
            }
        }
    }

    /** Alternates a rollback to serial 1 and a fresh publish, so that consecutive serials differ in content. */
    private static void publishUntilKilled(ApiClient admin, String local, AtomicLong lastAck) {
        try {
            for (int i = 0; ; i++) {
                var reply = i % 2 == 0
                        ? admin.post("snapshots/" + local + "/rollback?serial=1", "{\"reason\":\"crash trial\"}")
                        : admin.post("snapshots/" + local + "/publication", "{}");
                if (reply.status() != 201) {
                    return;
                }
                lastAck.set(reply.json().getJsonNumber("serial").longValue());
            }
        } catch (RuntimeException killed) {
            // The connection broke: the console was killed mid-request, which is the point.
        }
    }

    /**
     * Checks what the restarted console serves and returns its serial: the last acknowledged one, or the next one if
     * its publish had committed when the kill came but its 201 had not reached us.
     */
    private static long checkServed(ApiClient admin, String local, Set<String> contents, long acknowledged,
            String when, Evidence evidence) throws Exception {
        JsonObject overview = admin.get("snapshots/" + local).json();
        long serial = overview.getJsonObject("current").getJsonNumber("serial").longValue();
        assertTrue(serial >= acknowledged, when + ": served serial " + serial + " is older than " + acknowledged
                + ", which was answered 201 before the kill: an acknowledged publish was lost. " + evidence);
        assertTrue(serial <= acknowledged + 1,
                when + ": served serial " + serial + " was never published (acknowledged " + acknowledged + ")");
        assertEquals(serial, overview.getJsonObject("history").getJsonNumber("total").longValue(),
                "serials run 1.." + serial + " without a gap or a half-written row");
        var content = admin.bytes("snapshots/" + local + "/" + serial);
        var signature = admin.bytes("snapshots/" + local + "/" + serial + ".p7s");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.body()));
        assertEquals("\"" + hash + "\"", content.headers().firstValue("ETag").orElseThrow(), "complete content");
        assertTrue(contents.contains(hash), "the content is one that was published: " + hash);
        Openssl openssl = Openssl.inTempDirectory();
        Files.write(openssl.file("snapshot.json"), content.body());
        Files.write(openssl.file("snapshot.p7s"), signature.body());
        Files.write(openssl.file("console-ca.pem"), admin.bytes("console-keys/signing.pem").body());
        var verified = openssl.tryRun("cms", "-verify", "-binary", "-inform", "DER", "-content", "snapshot.json", "-in",
                "snapshot.p7s", "-CAfile", "console-ca.pem", "-purpose", "any", "-out", "/dev/null");
        assertEquals(0, verified.exitCode(), verified::output);
        JsonObject chain = admin.get("audit/verification").json();
        assertTrue(chain.getBoolean("intact"), chain::toString);
        return serial;
    }

    /** Where the database is kept for inspection when a restart serves the wrong snapshot. */
    private record Evidence(ConsoleDatabase database, Path asKilled) {

        @Override
        public String toString() {
            return database.embedded() ? "The database as the kill left it is in " + asKilled
                    : "The database is kept in " + database.describe();
        }
    }

    private static String published(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("contentHash");
    }
}
