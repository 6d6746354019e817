package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Publishing survives kill -9 at any moment: the console jar is killed at random points while snapshots are being
 * published back to back, then restarted on the same data. Each time the served snapshot must be one that was
 * published (at most the one in flight), complete (its content hashes to its ETag), signed (stock openssl verifies
 * it), with no gap in the serials and an intact audit chain. How often a restart serves an older snapshot than the
 * last acknowledged one (a committed transaction lost by the database) is printed.
 */
// Not tagged "persistence": the jar it kills always runs on its own embedded H2 (ConsoleProcess), so a second run
// in the PostgreSQL pass would repeat the same 21 starts without testing PostgreSQL.
class SnapshotCrashIT {

    private static final int TRIALS = 20;
    /** The password ApiClient.admin uses, so that the REST fixtures work against the started jar too. */
    private static final String PASSWORD = System.getProperty("it.admin.password");

    @Test
    void aKilledConsoleServesTheOldOrTheNewSnapshotNeverAHalfWrittenOne() throws Exception {
        assertTrue(ConsoleProcess.jar().isFile(), "the uber-jar is built by 'mvn package': " + ConsoleProcess.jar());
        Path data = Files.createTempDirectory("console-crash-");
        Random random = new Random(20261125L);
        String local;
        Set<String> contents;
        long acknowledged;
        try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD)) {
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
        int lostAcknowledged = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD)) {
                ApiClient admin = ApiClient.as(console.url(), "admin", PASSWORD);
                long served = checkServed(admin, local, contents, acknowledged);
                lostAcknowledged += served < acknowledged ? 1 : 0;
                acknowledged = served;
                AtomicLong lastAck = new AtomicLong(acknowledged);
                Thread publisher = Thread.ofPlatform().daemon().start(() -> publishUntilKilled(admin, local, lastAck));
                Thread.sleep(200 + random.nextInt(2500));
                console.kill();
                publisher.join(30_000);
                killedMidway += lastAck.get() > acknowledged ? 1 : 0;
                acknowledged = lastAck.get();
            }
        }
        try (ConsoleProcess console = ConsoleProcess.start(data, PASSWORD)) {
            long served = checkServed(ApiClient.as(console.url(), "admin", PASSWORD), local, contents, acknowledged);
            lostAcknowledged += served < acknowledged ? 1 : 0;
        }
        System.out.printf("snapshot crash safety: %d kills, %d of them after at least one publish; %d restarts served"
                + " a snapshot older than the last acknowledged one%n", TRIALS, killedMidway, lostAcknowledged);
        assertTrue(killedMidway >= TRIALS / 2, "most kills must land while publishing: " + killedMidway);
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

    /** Checks what the restarted console serves and returns its serial. */
    private static long checkServed(ApiClient admin, String local, Set<String> contents, long acknowledged)
            throws Exception {
        JsonObject overview = admin.get("snapshots/" + local).json();
        long serial = overview.getJsonObject("current").getJsonNumber("serial").longValue();
        // Never a serial that was not at least in flight. An older one than acknowledged means the embedded database
        // lost a committed transaction; counted and reported by the caller rather than failed here, because that is
        // H2's durability, not the atomicity of publishing (see the report of issue #5).
        assertTrue(serial >= 1 && serial <= acknowledged + 1,
                "served serial " + serial + " was never published (acknowledged " + acknowledged + ")");
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

    private static String published(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("contentHash");
    }
}
