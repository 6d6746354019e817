package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole way from a decision to a gateway, with nothing stood in: an administrator publishes, a registered
 * gateway's long poll wakes with exactly the published bytes, its signature verifies with stock openssl, the gateway
 * acknowledges, and suspending an agreement reaches the gateway as a new snapshot without anyone pressing Publish.
 * <p>
 * Runs on H2 only, not in the PostgreSQL pass: the publish, long poll and acknowledgement it chains run on
 * PostgreSQL in SnapshotPublishIT, LongPollIT and GatewayStatusIT; what it adds (the whole path, openssl) is the
 * same on any database.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayEndToEndIT {

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private HttpRequest.Builder gateway(String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/gateway/" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(90));
    }

    private CompletableFuture<HttpResponse<byte[]>> poll(String token, String path) {
        return http.sendAsync(gateway(token, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aGatewayReceivesWhatIsPublishedSignedAndLearnsOfASuspensionByItself() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long[] active = fixture.activePeer();
        var registered = fixture.admin.post("gateways", "{\"localDomain\":\"" + fixture.local
                + "\",\"name\":\"edge-e2e\"}");
        assertEquals(201, registered.status(), registered::toString);
        String token = registered.json().getString("token");

        HttpResponse<byte[]> nothing = poll(token, "snapshot").get(30, TimeUnit.SECONDS);
        assertEquals(404, nothing.statusCode(), "nothing is published yet");

        CompletableFuture<HttpResponse<byte[]>> waiting = poll(token, "snapshot?wait=60&after=0");
        Thread.sleep(1_000);
        assertFalse(waiting.isDone(), "the long poll waits for a publish");
        var published = fixture.publish();
        assertEquals(201, published.status(), published::toString);
        HttpResponse<byte[]> first = waiting.get(30, TimeUnit.SECONDS);
        assertEquals(200, first.statusCode(), () -> new String(first.body()));
        assertEquals("1", first.headers().firstValue("X-Snapshot-Serial").orElseThrow());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + published.json().getString("contentHash") + "\"", etag);
        assertArrayEquals(fixture.bytes("snapshots/" + fixture.local + "/1"), first.body(),
                "the gateway receives exactly the published bytes");

        HttpResponse<byte[]> signature = http.send(gateway(token, "snapshot.p7s?serial=1").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, signature.statusCode());
        assertTrue(fixture.opensslVerifies(first.body(), signature.body()), "openssl cms -verify accepts it");

        HttpResponse<byte[]> unchanged = http.send(gateway(token, "snapshot").header("If-None-Match", etag).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, unchanged.statusCode());
        HttpResponse<String> applied = http.send(gateway(token, "status").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"serial\":1,\"outcome\":\"APPLIED\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, applied.statusCode(), applied::body);
        JsonObject fleet = fixture.admin.get("gateways?localDomain=" + fixture.local).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(1, fleet.getInt("appliedSerial"), fleet::toString);
        assertEquals(0, fleet.getInt("lag"), fleet::toString);

        CompletableFuture<HttpResponse<byte[]>> next = http.sendAsync(gateway(token, "snapshot?wait=60")
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long version = fixture.admin.get("agreements/" + active[1]).json().getJsonNumber("version").longValue();
        var suspended = fixture.admin.post("agreements/" + active[1] + "/suspension?version=" + version,
                "{\"reason\":\"Abuse from their side\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        HttpResponse<byte[]> second = next.get(30, TimeUnit.SECONDS);
        assertEquals(200, second.statusCode(), () -> new String(second.body()));
        assertEquals("2", second.headers().firstValue("X-Snapshot-Serial").orElseThrow());
        assertFalse(new String(second.body()).contains("\"peerNetworkId\":" + active[0]),
                "the suspended peer is withdrawn from what the gateway enforces");
        assertEquals(1, fixture.admin.get("gateways?localDomain=" + fixture.local).json().getJsonArray("items")
                .getJsonObject(0).getInt("lag"), "the fleet shows the gateway one serial behind until it reports");
    }
}
