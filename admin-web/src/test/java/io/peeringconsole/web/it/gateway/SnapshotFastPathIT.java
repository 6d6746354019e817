package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ConsoleVariant;
import io.peeringconsole.web.it.gateway.GatewayFixture.GatewayToken;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway API's servlet fast path: a gateway whose token was accepted moments ago gets its 304s and long polls
 * answered before JAX-RS, with exactly what JAX-RS answers. That the fast path answered is read from its counter
 * {@code gateway_snapshot_fast_path_total}; each test's requests are the only gateway traffic while it runs.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class SnapshotFastPathIT extends GatewayConsoleIT {

    private static Map<String, String> bearer(String token, String ifNoneMatch) {
        return ifNoneMatch == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "If-None-Match", ifNoneMatch);
    }

    /** How many answers of the kind the fast path gave so far. */
    private double fastPath(String answer) {
        return fixture.metric("gateway_snapshot_fast_path_total", "answer=\"" + answer + "\"");
    }

    @Test
    void a304FromTheFastPathIsByteForByteThe304OfJaxRs() throws Exception {
        String domain = fixture.localDomain();
        String token = fixture.register(domain, "edge-1").token();
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
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
        String domain = fixture.localDomain();
        String token = fixture.register(domain, "edge-1").token();
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(token, etag));
        double before = fastPath("long_poll");

        CompletableFuture<RawHttp.Answer> woken = CompletableFuture.supplyAsync(
                () -> http.get("gateway/snapshot?wait=60", bearer(token, etag)));
        fixture.awaitWaiting(domain, 1);
        assertEquals(before + 1, fastPath("long_poll"));
        assertFalse(woken.isDone(), "held while nothing newer exists");
        long published = System.nanoTime();
        String newEtag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":2}"));
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
        assertEquals(0, fixture.waitingCount(domain), "no listener outlives its request");
    }

    @Test
    void aFastPathLongPollThatRunsOutIs304WithTheSameHeaders() {
        String domain = fixture.localDomain();
        String token = fixture.register(domain, "edge-1").token();
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        RawHttp.Answer immediate = http.get("gateway/snapshot", bearer(token, etag));
        double before = fastPath("long_poll");
        int heldBefore = fixture.heldLongPolls();

        long started = System.nanoTime();
        RawHttp.Answer timedOut = http.get("gateway/snapshot?wait=1&after=1", bearer(token, null));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(before + 1, fastPath("long_poll"));
        assertEquals("HTTP/1.1 304 Not Modified", timedOut.statusLine());
        assertEquals(immediate.headerLines(), timedOut.headerLines());
        assertTrue(millis >= 900 && millis < 10_000, "answered after " + millis + " ms");
        assertEquals(0, fixture.waitingCount(domain), "the timed-out poll was withdrawn from the feed");
        assertEquals(heldBefore, fixture.heldLongPolls(), "the gauge counts it no more");
    }

    @Test
    void aGatewaysFirstLongPollIsHeldByTheFastPathAfterTheFullTokenCheck() {
        String domain = fixture.localDomain();
        GatewayToken registered = fixture.register(domain, "edge-1");
        fixture.publish(domain, "{\"serial\":1}");
        double before = fastPath("long_poll");
        RawHttp.Answer timedOut = new RawHttp(base).get("gateway/snapshot?wait=1&after=1",
                bearer(registered.token(), null));
        assertEquals("HTTP/1.1 304 Not Modified", timedOut.statusLine());
        assertEquals(before + 1, fastPath("long_poll"), "a long poll outlives the token memory: checked in full");
        var fleet = fixture.admin().get("gateways/" + registered.id());
        assertTrue(fleet.json().containsKey("lastSeenAt") && !fleet.json().isNull("lastSeenAt"),
                "the full check records when the gateway was seen: " + fleet);
        RawHttp.Answer refused = new RawHttp(base).get("gateway/snapshot?wait=1&after=1",
                bearer(registered.token() + "x", null));
        assertEquals("HTTP/1.1 401 Unauthorized", refused.statusLine(), "a refused token is JAX-RS's 401");
    }

    @Test
    void aRotatedOrDisabledTokenIsRefusedAtOnceThoughItWasRemembered() {
        String domain = fixture.localDomain();
        GatewayToken registered = fixture.register(domain, "edge-1");
        String etag = GatewayFixture.etag(fixture.publish(domain, "{}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(registered.token(), etag));
        double before = fastPath("not_modified");
        assertEquals("HTTP/1.1 304 Not Modified",
                http.get("gateway/snapshot", bearer(registered.token(), etag)).statusLine());
        assertEquals(before + 1, fastPath("not_modified"), "remembered");

        GatewayToken rotated = fixture.rotate(registered);
        RawHttp.Answer old = http.get("gateway/snapshot", bearer(registered.token(), etag));
        assertEquals("HTTP/1.1 401 Unauthorized", old.statusLine());
        assertTrue(old.header("WWW-Authenticate").startsWith("Bearer "), old::toString);

        String token = rotated.token();
        http.get("gateway/snapshot", bearer(token, etag));
        assertEquals("HTTP/1.1 304 Not Modified", http.get("gateway/snapshot", bearer(token, etag)).statusLine());
        fixture.disable(rotated);
        assertEquals("HTTP/1.1 401 Unauthorized", http.get("gateway/snapshot", bearer(token, etag)).statusLine());
        assertEquals("HTTP/1.1 401 Unauthorized",
                http.get("gateway/snapshot?wait=5", bearer(token, etag)).statusLine(), "nor held");
    }

    @Test
    void aGatewayOfOneDomainIsNeverAnsweredWithAnothersSnapshot() throws Exception {
        String a = fixture.localDomain();
        String b = fixture.localDomain();
        String tokenA = fixture.register(a, "edge-a").token();
        String etagA = GatewayFixture.etag(fixture.publish(a, "{\"of\":\"" + a + "\"}"));
        fixture.publish(b, "{\"of\":\"" + b + "\"}");
        String etagB = GatewayFixture.etag(fixture.publish(b, "{\"of\":\"" + b + "\",\"serial\":2}"));
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
        fixture.awaitWaiting(a, 1);
        fixture.publish(b, "{\"of\":\"" + b + "\",\"serial\":3}");
        Thread.sleep(500);
        assertFalse(pollA.isDone(), "a publish of B does not wake A");
        fixture.publish(a, "{\"of\":\"" + a + "\",\"serial\":2}");
        RawHttp.Answer woken = pollA.get(30, TimeUnit.SECONDS);
        assertEquals("{\"of\":\"" + a + "\",\"serial\":2}", woken.body());
        assertEquals("2", woken.header("X-Snapshot-Serial"));
    }

    @Test
    void aGatewayThatWentAwayIsNoLongerCountedOnceThePublishFindsItGone() throws Exception {
        String domain = fixture.localDomain();
        String token = fixture.register(domain, "edge-1").token();
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
        RawHttp http = new RawHttp(base);
        http.get("gateway/snapshot", bearer(token, etag));
        int heldBefore = fixture.heldLongPolls();
        try (Socket gone = http.send("gateway/snapshot?wait=60", bearer(token, etag))) {
            fixture.awaitWaiting(domain, 1);
            assertEquals(heldBefore + 1, fixture.heldLongPolls());
        }
        fixture.publish(domain, "{\"serial\":2}");
        for (int i = 0; i < 100 && fixture.heldLongPolls() > heldBefore; i++) {
            Thread.sleep(100);
        }
        assertEquals(heldBefore, fixture.heldLongPolls(), "the gauge is right again");
        assertEquals(0, fixture.waitingCount(domain));
        RawHttp.Answer next = http.get("gateway/snapshot", bearer(token, etag));
        assertEquals("{\"serial\":2}", next.body(), "the console answers on");
    }

}
