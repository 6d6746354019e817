package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publish that wakes many held long polls at once, which the console answers on several tasks side by side: every
 * gateway gets the new snapshot, each answer is written once (the {@code served} counter grows by exactly the number
 * of polls), and none stays counted as held. The counters are read before and after; each test's requests are the
 * only gateway traffic while it runs.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class HeldPollsWakeUpIT {

    /** Well above the number of answering tasks (one per processor), so that they share the queue. */
    private static final int GATEWAYS = 120;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatewayDeployment.create();
    }

    @Test
    void aPublishAnswersEveryHeldPollOnceWithTheNewSnapshot() throws Exception {
        String domain = "wake-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var created = admin().post("local-domains", "{\"name\":\"" + domain + "\",\"displayName\":\"Wake-up\"}");
        assertEquals(201, created.status(), created::toString);
        List<String> tokens = registerGateways(domain);
        String etag = "\"" + publish(domain, "{\"serial\":1}").getString("contentHash") + "\"";
        double servedBefore = metric("gateway_snapshot_pulls_total", "answer=\"served\"");
        double heldBefore = metric("gateway_long_polls_waiting", "");
        double fastPathBefore = metric("gateway_snapshot_fast_path_total", "answer=\"long_poll\"");
        RawHttp http = new RawHttp(base);

        try (ExecutorService gateways = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RawHttp.Answer>> polls = new ArrayList<>();
            for (String token : tokens) {
                polls.add(gateways.submit(() -> http.get("gateway/snapshot?wait=120",
                        Map.of("Authorization", "Bearer " + token, "If-None-Match", etag))));
            }
            awaitWaiting(domain, GATEWAYS);
            assertFalse(polls.stream().anyMatch(Future::isDone), "held while nothing newer exists");
            publish(domain, "{\"serial\":2}");
            for (Future<RawHttp.Answer> poll : polls) {
                RawHttp.Answer answer = poll.get(60, TimeUnit.SECONDS);
                assertEquals("HTTP/1.1 200 OK", answer.statusLine(), answer::toString);
                assertEquals("2", answer.header("X-Snapshot-Serial"));
                assertEquals("{\"serial\":2}", answer.body());
            }
        }
        assertEquals(fastPathBefore + GATEWAYS, metric("gateway_snapshot_fast_path_total", "answer=\"long_poll\""),
                "the polls were held by the servlet fast path");
        assertEquals(servedBefore + GATEWAYS, metric("gateway_snapshot_pulls_total", "answer=\"served\""),
                "each held poll was answered exactly once");
        assertEquals(0, waitingCount(domain), "no listener outlives its request");
        for (int i = 0; i < 100 && metric("gateway_long_polls_waiting", "") > heldBefore; i++) {
            Thread.sleep(100);
        }
        assertEquals(heldBefore, metric("gateway_long_polls_waiting", ""), "none is counted as held any more");
    }

    private ApiClient admin() {
        return ApiClient.admin(base);
    }

    private List<String> registerGateways(String domain) {
        String names = IntStream.rangeClosed(1, GATEWAYS).mapToObj(i -> "\"edge-" + i + "\"")
                .collect(Collectors.joining(","));
        var batch = admin().post("gateways/batch", "{\"localDomain\":\"" + domain + "\",\"names\":[" + names + "]}");
        assertEquals(201, batch.status(), batch::toString);
        return batch.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("token")).toList();
    }

    private JsonObject publish(String domain, String content) {
        var reply = admin().post("test-support/snapshots/" + domain, content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private double metric(String name, String label) {
        URI root = URI.create(base.toExternalForm()).resolve("/");
        String all = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("metrics")).GET()).body();
        return all.lines().filter(line -> line.startsWith(name) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0); // not yet registered: nothing counted yet
    }

    private int waitingCount(String domain) {
        return admin().get("test-support/snapshots/" + domain + "/waiting").json().getInt("waiting");
    }

    private void awaitWaiting(String domain, int expected) throws InterruptedException {
        for (int i = 0; i < 600 && waitingCount(domain) < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, waitingCount(domain), "every poll registered with the feed");
    }
}
