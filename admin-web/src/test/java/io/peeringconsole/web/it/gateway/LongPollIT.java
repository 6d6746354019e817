package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway long-polls for the next snapshot (C7): woken by a publish within a second, hundreds waiting without a
 * thread each, a 304 when the wait runs out, and a 400 problem for a wait that makes no sense.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): every poll authenticates a gateway stored there.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class LongPollIT extends GatewayConsoleIT {

    /**
     * More than Payara Micro's 200 request threads: long polls that each kept a thread could not all be waiting. Each
     * over its own HTTP/1.1 connection, as separate gateways would be. Multiplexed over HTTP/2 (Java's default), an
     * HTTP/2 connection that reaches Grizzly's 100 concurrent streams is closed by the server with all its polls
     * (bench/gateway-bench/run.sh --http2-probe shows it; the README tells gateways to expect it).
     */
    private static final int WAITERS = 300;

    @Test
    void aLongPollIsWokenByAPublishWithinASecond() throws Exception {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
        HttpRequest waiting = edge.request("gateway/snapshot?wait=60").header("If-None-Match", etag).GET().build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(waiting, HttpResponse.BodyHandlers.ofString());
        fixture.awaitWaiting(domain, 1);
        assertFalse(answer.isDone(), "the poll is held while nothing newer exists");

        long published = System.nanoTime();
        fixture.publish(domain, "{\"serial\":2}");
        HttpResponse<String> woken = answer.get(30, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published);
        System.out.println("Long poll answered " + millis + " ms after the publish was requested");
        assertEquals(200, woken.statusCode(), woken::body);
        assertEquals("{\"serial\":2}", woken.body());
        assertEquals("2", woken.headers().firstValue("X-Snapshot-Serial").orElseThrow());
        assertTrue(millis < 1_000, "answered " + millis + " ms after the publish");
        assertEquals(0, fixture.waitingCount(domain), "no listener outlives its request");
    }

    @Test
    void manyWaitingGatewaysHoldNoThreadAndOnePublishWakesThemAll() throws Exception {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        fixture.publish(domain, "{\"serial\":1}");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<Long>> answered = new ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            answered.add(http.sendAsync(edge.request("gateway/snapshot?wait=120&after=1").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).thenApply(reply -> {
                        assertEquals(200, reply.statusCode(), reply::body);
                        return System.nanoTime();
                    }));
        }
        fixture.awaitWaiting(domain, WAITERS);
        assertTrue(fixture.heldLongPolls() >= WAITERS, "the gauge counts the polls held");
        assertEquals(200, edge.get("gateway/snapshot").status(), "the console still answers while they all wait");
        long published = System.nanoTime();
        fixture.publish(domain, "{\"serial\":2}");
        List<Long> millis = new ArrayList<>();
        for (CompletableFuture<Long> answer : answered) {
            millis.add(TimeUnit.NANOSECONDS.toMillis(answer.get(60, TimeUnit.SECONDS) - published));
        }
        Collections.sort(millis);
        long p50 = millis.get(WAITERS / 2);
        long p99 = millis.get(WAITERS * 99 / 100);
        System.out.println(WAITERS + " waiting gateways woken: p50 " + p50 + " ms, p99 " + p99 + " ms, max "
                + millis.getLast() + " ms after the publish was requested");
        assertTrue(millis.getLast() < 5_000, "all answered within 5 s: " + millis.getLast() + " ms");
    }

    @Test
    void aLongPollThatRunsOutIs304AfterTheWait() {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        fixture.publish(domain, "{\"serial\":1}");
        long started = System.nanoTime();
        var timedOut = edge.get("gateway/snapshot?wait=2&after=1");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(304, timedOut.status(), timedOut::toString);
        assertEquals("1", timedOut.header("X-Snapshot-Serial"));
        assertTrue(millis >= 1_900 && millis < 10_000, "answered after " + millis + " ms");
        assertEquals(0, fixture.waitingCount(domain), "the timed-out poll was withdrawn from the feed");
        var newer = edge.get("gateway/snapshot?wait=2&after=0");
        assertEquals(200, newer.status(), "a gateway behind is answered at once");
    }

    @Test
    void absurdWaitValuesAre400Problems() {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        fixture.publish(domain, "{}");
        for (String wait : List.of("0", "301", "abc", "-5", "2.5", "")) {
            var reply = edge.get("gateway/snapshot?wait=" + wait);
            assertEquals(400, reply.status(), wait + ": " + reply);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
            assertTrue(reply.json().getString("detail").contains("1 to 300"), reply::toString);
        }
        assertEquals(400, edge.get("gateway/snapshot?after=x").status());
    }
}
