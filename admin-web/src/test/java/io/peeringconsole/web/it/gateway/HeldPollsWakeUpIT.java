package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.peeringconsole.web.it.ConsoleVariant;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publish that wakes many held long polls at once, which the console answers on several tasks side by side: every
 * gateway gets the new snapshot, each answer is written once (the {@code served} counter grows by exactly the number
 * of polls), and none stays counted as held. The counters are read before and after; each test's requests are the
 * only gateway traffic while it runs.
 * <p>
 * Runs on H2 only: what it tests is held in memory, not stored.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class HeldPollsWakeUpIT extends GatewayConsoleIT {

    /** Well above the number of answering tasks (one per processor), so that they share the queue. */
    private static final int GATEWAYS = 120;

    @Test
    void aPublishAnswersEveryHeldPollOnceWithTheNewSnapshot() throws Exception {
        String domain = fixture.localDomain();
        List<String> tokens = registerGateways(domain);
        String etag = GatewayFixture.etag(fixture.publish(domain, "{\"serial\":1}"));
        double servedBefore = fixture.counter("gateway_snapshot_pulls_total", "answer=\"served\"");
        double heldBefore = fixture.counter("gateway_long_polls_waiting", "");
        double fastPathBefore = fixture.counter("gateway_snapshot_fast_path_total", "answer=\"long_poll\"");
        RawHttp http = new RawHttp(base);

        try (ExecutorService gateways = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RawHttp.Answer>> polls = new ArrayList<>();
            for (String token : tokens) {
                polls.add(gateways.submit(() -> http.get("gateway/snapshot?wait=120",
                        Map.of("Authorization", "Bearer " + token, "If-None-Match", etag))));
            }
            fixture.awaitWaiting(domain, GATEWAYS);
            assertFalse(polls.stream().anyMatch(Future::isDone), "held while nothing newer exists");
            fixture.publish(domain, "{\"serial\":2}");
            for (Future<RawHttp.Answer> poll : polls) {
                RawHttp.Answer answer = poll.get(60, TimeUnit.SECONDS);
                assertEquals("HTTP/1.1 200 OK", answer.statusLine(), answer::toString);
                assertEquals("2", answer.header("X-Snapshot-Serial"));
                assertEquals("{\"serial\":2}", answer.body());
            }
        }
        assertEquals(fastPathBefore + GATEWAYS, fixture.counter("gateway_snapshot_fast_path_total",
                "answer=\"long_poll\""), "the polls were held by the servlet fast path");
        assertEquals(servedBefore + GATEWAYS, fixture.counter("gateway_snapshot_pulls_total", "answer=\"served\""),
                "each held poll was answered exactly once");
        assertEquals(0, fixture.waitingCount(domain), "no listener outlives its request");
        for (int i = 0; i < 100 && fixture.counter("gateway_long_polls_waiting", "") > heldBefore; i++) {
            Thread.sleep(100);
        }
        assertEquals(heldBefore, fixture.counter("gateway_long_polls_waiting", ""), "none is counted as held any more");
    }

    private List<String> registerGateways(String domain) {
        String names = IntStream.rangeClosed(1, GATEWAYS).mapToObj(i -> "\"edge-" + i + "\"")
                .collect(Collectors.joining(","));
        var batch = fixture.admin().post("gateways/batch", "{\"localDomain\":\"" + domain + "\",\"names\":[" + names
                + "]}");
        assertEquals(201, batch.status(), batch::toString);
        return batch.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("token")).toList();
    }
}
