package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forwarding to a real rsyslog on loopback: entries arrive as RFC 5424 messages with their sequence and hash, and
 * a receiver that goes down and comes back receives every entry recorded meanwhile.
 * <p>
 * Runs on H2 only, not in the PostgreSQL pass: forwarding reads the trail by sequence like the audit queries that
 * do run there (AuditApiIT, AuditTamperIT), and a receiver that goes down and returns is the same on any database.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant("forwards the trail to a private rsyslog")
class SyslogForwardingIT {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final Rsyslog RSYSLOG = newRsyslog();

    @ArquillianResource
    private URL base;

    /** The console's war, pointed at the private rsyslog with short retry intervals. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = ConsoleDeployment.create();
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        return war.add(new StringAsset(config + """

                peering.audit.syslog.host=127.0.0.1
                peering.audit.syslog.port=%d
                peering.audit.syslog.hostname=it-console
                peering.audit.syslog.interval=PT0.5S
                peering.audit.syslog.max-backoff=PT2S
                peering.audit.syslog.timeout=PT5S
                peering.audit.syslog.batch-size=50
                """.formatted(RSYSLOG.port)), CONFIG);
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        Assumptions.assumeTrue(Rsyslog.installed(), "rsyslogd is not installed (Debian package rsyslog; "
                + "scripts/test-services.sh installs it)");
        RSYSLOG.start();
    }

    @AfterAll
    static void stopReceiver() throws Exception {
        RSYSLOG.close();
    }

    @Test
    void entriesArriveAsRfc5424WithTheirSequenceAndHash() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String domain = "syslog-" + unique() + ".example";
        assertEquals(201, admin.post("local-domains", localDomain(domain)).status());
        JsonObject newest = newest(admin);
        long head = newest.getJsonNumber("sequence").longValue();

        Set<Long> received = RSYSLOG.awaitAllUpTo(head, Duration.ofSeconds(60));
        assertTrue(Rsyslog.containsAll(received, head), "received " + received + " of 1.." + head);

        String line = RSYSLOG.lines().stream().filter(l -> l.contains("seq=\"" + head + "\"")).findFirst().orElseThrow();
        String[] parts = line.split("\\|", 5);
        assertEquals("1", parts[0], "rsyslog parsed it as RFC 5424 (protocol version 1): " + line);
        assertEquals(newest.getString("action"), parts[1], "MSGID is the action");
        assertEquals("peering-console", parts[2]);
        assertTrue(parts[3].contains("hash=\"" + newest.getString("entryHash") + "\""), parts[3]);
        assertTrue(parts[3].contains("domain=\"" + domain + "\""), parts[3]);
        assertTrue(parts[4].matches("<1\\d\\d>1 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z it-console "
                + "peering-console - LOCAL_DOMAIN_\\w+ \\[audit@32473 .*"), parts[4]);
        assertTrue(eventually(() -> forwarding(admin).getJsonNumber("forwardedUpTo").longValue() >= head),
                "the cursor caught up");
    }

    @Test
    void theBacklogIsAMetric() throws Exception {
        URL metrics = base.toURI().resolve("/metrics").toURL();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                metrics.toURI()).header("Accept", "text/plain").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().lines().anyMatch(l -> l.startsWith("audit_forwarding_backlog")),
                () -> response.body().lines().filter(l -> l.contains("audit")).toList().toString());
    }

    @Test
    void aReceiverThatIsDownMissesNothingOnceItReturns() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        assertEquals(201, admin.post("local-domains", localDomain("before-" + unique() + ".example")).status());
        long before = newest(admin).getJsonNumber("sequence").longValue();
        assertTrue(Rsyslog.containsAll(RSYSLOG.awaitAllUpTo(before, Duration.ofSeconds(60)), before));

        RSYSLOG.stop();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, admin.post("local-domains", localDomain("while-down-" + i + "-" + unique()
                    + ".example")).status());
        }
        long head = newest(admin).getJsonNumber("sequence").longValue();
        assertTrue(eventually(() -> forwarding(admin).getInt("consecutiveFailures") > 0), "the failure is noticed");
        JsonObject down = forwarding(admin);
        assertTrue(down.getJsonNumber("backlog").longValue() >= 5, down.toString());
        assertTrue(down.getString("lastFailure").contains("127.0.0.1:" + RSYSLOG.port), down.toString());
        List<String> kinds = admin.get("audit/alerts").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().map(a -> a.getString("kind")).toList();
        assertTrue(kinds.contains("FORWARDING_DOWN"), kinds.toString());
        assertTrue(RSYSLOG.sequences().stream().noneMatch(s -> s > before + 1_000_000), "sanity");

        RSYSLOG.start();
        Set<Long> received = RSYSLOG.awaitAllUpTo(head, Duration.ofSeconds(60));
        assertTrue(Rsyslog.containsAll(received, head), "every entry arrives: " + received + " of 1.." + head);
        assertTrue(eventually(() -> forwarding(admin).getInt("consecutiveFailures") == 0), "forwarding recovered");
    }

    private static JsonObject newest(ApiClient admin) {
        var page = admin.get("audit?limit=1");
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getJsonObject(0);
    }

    private static JsonObject forwarding(ApiClient admin) {
        var reply = admin.get("audit/forwarding");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static String localDomain(String name) {
        return "{\"name\":" + Json.quote(name) + ",\"displayName\":\"Forwarded\"}";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static Rsyslog newRsyslog() {
        try {
            return new Rsyslog(Path.of("target", "rsyslog-" + unique()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
