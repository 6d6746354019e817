package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import jakarta.json.JsonObject;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.peeringconsole.web.it.ConsoleVariant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway API's servlet fast path: a gateway whose token was accepted moments ago gets its 304s and long polls
 * answered before JAX-RS, with exactly what JAX-RS answers. That the fast path answered is read from its counter
 * {@code gateway_snapshot_fast_path_total}; each test's requests are the only gateway traffic while it runs.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class SnapshotFastPathIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatewayDeployment.create();
    }

    private ApiClient admin() {
        return ApiClient.admin(base);
    }

    private String localDomain() {
        String name = "fp-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var reply = admin().post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Fast path\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private JsonObject register(String domain, String name) {
        var reply = admin().post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private JsonObject publish(String domain, String content) {
        var reply = admin().post("test-support/snapshots/" + domain, content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static Map<String, String> bearer(String token, String ifNoneMatch) {
        return ifNoneMatch == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "If-None-Match", ifNoneMatch);
    }

    private static String etag(JsonObject published) {
        return "\"" + published.getString("contentHash") + "\"";
    }

    @Test
    void a304FromTheFastPathIsByteForByteThe304OfJaxRs() throws Exception {
        String domain = localDomain();
        String token = register(domain, "edge-1").getString("token");
        String etag = etag(publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);

        double before = fastPath("not_modified");
        RawHttp.Answer viaJaxRs = http.get("gateway/snapshot", bearer(token, etag));
        assertEquals(before, fastPath("not_modified"), "a token not yet accepted goes the whole way");
        RawHttp.Answer viaFastPath = http.get("gateway/snapshot", bearer(token, etag));
        assertEquals(before + 1, fastPath("not_modified"), "the token accepted just before is remembered");

        assertEquals("HTTP/1.1 304 Not Modified", viaJaxRs.statusLine());
        assertEquals(etag, viaJaxRs.header("ETag"));
        assertEquals("1", viaJaxRs.header("X-Snapshot-Serial"));
        assertEquals("no-cache", viaJaxRs.header("Cache-Control"));
        assertEquals(viaJaxRs.statusLine(), viaFastPath.statusLine());
        assertEquals(viaJaxRs.headerLines(), viaFastPath.headerLines());
        assertEquals("", viaFastPath.body());

        Thread.sleep(2_100);
        RawHttp.Answer forgotten = http.get("gateway/snapshot", bearer(token, etag));
        assertEquals(before + 1, fastPath("not_modified"), "after the token memory's 2 s, JAX-RS checks again");
        assertEquals(viaJaxRs.headerLines(), forgotten.headerLines());
    }

    @Test
    void aLongPollHeldByTheFastPathIsWokenByAPublishWithWhatJaxRsServes() throws Exception {
        String domain = localDomain();
        String token = register(domain, "edge-1").getString("token");
        String etag = etag(publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(token, etag));
        double before = fastPath("long_poll");

        CompletableFuture<RawHttp.Answer> woken = CompletableFuture.supplyAsync(
                () -> http.get("gateway/snapshot?wait=60", bearer(token, etag)));
        awaitWaiting(domain, 1);
        assertEquals(before + 1, fastPath("long_poll"));
        assertFalse(woken.isDone(), "held while nothing newer exists");
        long published = System.nanoTime();
        String newEtag = etag(publish(domain, "{\"serial\":2}"));
        RawHttp.Answer answer = woken.get(30, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published);

        RawHttp.Answer viaJaxRs = http.get("gateway/snapshot", bearer(token, null));
        assertEquals("HTTP/1.1 200 OK", answer.statusLine(), answer::toString);
        assertEquals("{\"serial\":2}", answer.body());
        assertEquals(newEtag, answer.header("ETag"));
        assertEquals("2", answer.header("X-Snapshot-Serial"));
        assertEquals(viaJaxRs.statusLine(), answer.statusLine());
        assertEquals(viaJaxRs.headerLines(), answer.headerLines());
        assertEquals(viaJaxRs.body(), answer.body());
        assertTrue(millis < 1_000, "answered " + millis + " ms after the publish");
        assertEquals(0, waitingCount(domain), "no listener outlives its request");
    }

    @Test
    void aFastPathLongPollThatRunsOutIs304WithTheSameHeaders() {
        String domain = localDomain();
        String token = register(domain, "edge-1").getString("token");
        String etag = etag(publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        RawHttp.Answer immediate = http.get("gateway/snapshot", bearer(token, etag));
        double before = fastPath("long_poll");
        int heldBefore = heldLongPolls();

        long started = System.nanoTime();
        RawHttp.Answer timedOut = http.get("gateway/snapshot?wait=1&after=1", bearer(token, null));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(before + 1, fastPath("long_poll"));
        assertEquals("HTTP/1.1 304 Not Modified", timedOut.statusLine());
        assertEquals(immediate.headerLines(), timedOut.headerLines());
        assertTrue(millis >= 900 && millis < 10_000, "answered after " + millis + " ms");
        assertEquals(0, waitingCount(domain), "the timed-out poll was withdrawn from the feed");
        assertEquals(heldBefore, heldLongPolls(), "the gauge counts it no more");
    }

    @Test
    void aGatewaysFirstLongPollIsHeldByTheFastPathAfterTheFullTokenCheck() {
        String domain = localDomain();
        JsonObject registration = register(domain, "edge-1");
        long id = registration.getJsonObject("gateway").getJsonNumber("id").longValue();
        publish(domain, "{\"serial\":1}");
        double before = fastPath("long_poll");
        RawHttp.Answer timedOut = new RawHttp(base).get("gateway/snapshot?wait=1&after=1",
                bearer(registration.getString("token"), null));
        assertEquals("HTTP/1.1 304 Not Modified", timedOut.statusLine());
        assertEquals(before + 1, fastPath("long_poll"), "a long poll outlives the token memory: checked in full");
        var fleet = admin().get("gateways/" + id);
        assertTrue(fleet.json().containsKey("lastSeenAt") && !fleet.json().isNull("lastSeenAt"),
                "the full check records when the gateway was seen: " + fleet);
        RawHttp.Answer refused = new RawHttp(base).get("gateway/snapshot?wait=1&after=1",
                bearer(registration.getString("token") + "x", null));
        assertEquals("HTTP/1.1 401 Unauthorized", refused.statusLine(), "a refused token is JAX-RS's 401");
    }

    @Test
    void aRotatedOrDisabledTokenIsRefusedAtOnceThoughItWasRemembered() {
        String domain = localDomain();
        JsonObject registration = register(domain, "edge-1");
        long id = registration.getJsonObject("gateway").getJsonNumber("id").longValue();
        long version = registration.getJsonObject("gateway").getJsonNumber("version").longValue();
        String etag = etag(publish(domain, "{}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(registration.getString("token"), etag));
        double before = fastPath("not_modified");
        assertEquals("HTTP/1.1 304 Not Modified",
                http.get("gateway/snapshot", bearer(registration.getString("token"), etag)).statusLine());
        assertEquals(before + 1, fastPath("not_modified"), "remembered");

        var rotated = admin().post("gateways/" + id + "/token?version=" + version, "");
        assertEquals(200, rotated.status(), rotated::toString);
        RawHttp.Answer old = http.get("gateway/snapshot", bearer(registration.getString("token"), etag));
        assertEquals("HTTP/1.1 401 Unauthorized", old.statusLine());
        assertTrue(old.header("WWW-Authenticate").startsWith("Bearer "), old::toString);

        String token = rotated.json().getString("token");
        http.get("gateway/snapshot", bearer(token, etag));
        assertEquals("HTTP/1.1 304 Not Modified", http.get("gateway/snapshot", bearer(token, etag)).statusLine());
        long rotatedVersion = rotated.json().getJsonObject("gateway").getJsonNumber("version").longValue();
        assertEquals(200, admin().post("gateways/" + id + "/disable?version=" + rotatedVersion, "").status());
        assertEquals("HTTP/1.1 401 Unauthorized", http.get("gateway/snapshot", bearer(token, etag)).statusLine());
        assertEquals("HTTP/1.1 401 Unauthorized",
                http.get("gateway/snapshot?wait=5", bearer(token, etag)).statusLine(), "nor held");
    }

    @Test
    void aGatewayOfOneDomainIsNeverAnsweredWithAnothersSnapshot() throws Exception {
        String a = localDomain();
        String b = localDomain();
        String tokenA = register(a, "edge-a").getString("token");
        String etagA = etag(publish(a, "{\"of\":\"" + a + "\"}"));
        publish(b, "{\"of\":\"" + b + "\"}");
        String etagB = etag(publish(b, "{\"of\":\"" + b + "\",\"serial\":2}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(tokenA, etagA));

        RawHttp.Answer anyTag = http.get("gateway/snapshot", bearer(tokenA, "*"));
        assertEquals("HTTP/1.1 304 Not Modified", anyTag.statusLine());
        assertEquals(etagA, anyTag.header("ETag"), "A's own snapshot is the one not modified");
        assertEquals("1", anyTag.header("X-Snapshot-Serial"));
        RawHttp.Answer othersTag = http.get("gateway/snapshot", bearer(tokenA, etagB));
        assertEquals("{\"of\":\"" + a + "\"}", othersTag.body(), "B's ETag is no ETag of A's");

        CompletableFuture<RawHttp.Answer> pollA = CompletableFuture.supplyAsync(
                () -> http.get("gateway/snapshot?wait=60&after=1", bearer(tokenA, null)));
        awaitWaiting(a, 1);
        publish(b, "{\"of\":\"" + b + "\",\"serial\":3}");
        Thread.sleep(500);
        assertFalse(pollA.isDone(), "a publish of B does not wake A");
        publish(a, "{\"of\":\"" + a + "\",\"serial\":2}");
        RawHttp.Answer woken = pollA.get(30, TimeUnit.SECONDS);
        assertEquals("{\"of\":\"" + a + "\",\"serial\":2}", woken.body());
        assertEquals("2", woken.header("X-Snapshot-Serial"));
    }

    @Test
    void aGatewayThatWentAwayIsNoLongerCountedOnceThePublishFindsItGone() throws Exception {
        String domain = localDomain();
        String token = register(domain, "edge-1").getString("token");
        String etag = etag(publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(token, etag));
        int heldBefore = heldLongPolls();
        try (Socket gone = http.send("gateway/snapshot?wait=60", bearer(token, etag))) {
            awaitWaiting(domain, 1);
            assertEquals(heldBefore + 1, heldLongPolls());
        }
        publish(domain, "{\"serial\":2}");
        for (int i = 0; i < 100 && heldLongPolls() > heldBefore; i++) {
            Thread.sleep(100);
        }
        assertEquals(heldBefore, heldLongPolls(), "the gauge is right again");
        assertEquals(0, waitingCount(domain));
        RawHttp.Answer next = http.get("gateway/snapshot", bearer(token, etag));
        assertEquals("{\"serial\":2}", next.body(), "the console answers on");
    }

    private String metrics() {
        URI root = URI.create(base.toExternalForm()).resolve("/");
        return ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("metrics")).GET()).body();
    }

    private double fastPath(String answer) {
        return metric("gateway_snapshot_fast_path_total", "answer=\"" + answer + "\"");
    }

    private int heldLongPolls() {
        return (int) metric("gateway_long_polls_waiting", "");
    }

    private double metric(String name, String label) {
        String all = metrics();
        return all.lines().filter(line -> line.startsWith(name) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " " + label + " in:\n" + all));
    }

    private int waitingCount(String domain) {
        return admin().get("test-support/snapshots/" + domain + "/waiting").json().getInt("waiting");
    }

    private void awaitWaiting(String domain, int expected) throws InterruptedException {
        for (int i = 0; i < 300 && waitingCount(domain) < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, waitingCount(domain), "the poll registered with the feed");
    }
}
