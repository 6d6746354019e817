package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.peeringconsole.web.it.ConsoleVariant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway API (C7) in the container: 200/304 with ETag, long polls woken by a publish and timing out, absurd wait
 * values, tenant isolation, ACK/NACK and replays in the fleet, token rotation and disabling, and the audit trail.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): a duplicate registration and a stale version are
 * recognised from what the database reports, and the fleet's counts are queries.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class GatewayApiIT {

    /**
     * More than Payara Micro's 200 request threads: long polls that each kept a thread could not all be waiting. Each
     * over its own HTTP/1.1 connection, as separate gateways would be. Multiplexed over HTTP/2 (Java's default), an
     * HTTP/2 connection that reaches Grizzly's 100 concurrent streams is closed by the server with all its polls
     * (bench/gateway-bench/run.sh --http2-probe shows it; the README tells gateways to expect it).
     */
    private static final int WAITERS = 300;
    private static final String PASSWORD = "correct horse battery";

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
        String name = "gw-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var reply = admin().post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Gateways\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    /** Registers a gateway; returns its registration answer (gateway and token). */
    private JsonObject register(String domain, String name) {
        var reply = admin().post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private ApiClient gateway(JsonObject registration) {
        return ApiClient.bearer(base, registration.getString("token"));
    }

    private JsonObject publish(String domain, String content) {
        var reply = admin().post("test-support/snapshots/" + domain, content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static ApiClient.Reply get(ApiClient client, String path, String ifNoneMatch) {
        HttpRequest.Builder request = client.request(path).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request);
    }

    private JsonObject fleetEntry(String domain, long id) {
        var reply = admin().get("gateways?localDomain=" + domain);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static long id(JsonObject registration) {
        return registration.getJsonObject("gateway").getJsonNumber("id").longValue();
    }

    @Test
    void theSnapshotIsServedWithItsEtagAndThen304() {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        var nothing = edge.get("gateway/snapshot");
        assertEquals(404, nothing.status(), nothing::toString);
        assertTrue(nothing.header("Content-Type").startsWith("application/problem+json"), nothing::toString);

        JsonObject published = publish(domain, "{\"domain\":\"" + domain + "\",\"serial\":1}");
        String etag = "\"" + published.getString("contentHash") + "\"";
        var first = edge.get("gateway/snapshot");
        assertEquals(200, first.status(), first::toString);
        assertEquals("{\"domain\":\"" + domain + "\",\"serial\":1}", first.body());
        assertEquals(etag, first.header("ETag"));
        assertEquals("1", first.header("X-Snapshot-Serial"));
        assertTrue(first.header("Content-Type").startsWith("application/json"));

        var again = get(edge, "gateway/snapshot", etag);
        assertEquals(304, again.status(), again::toString);
        assertEquals(etag, again.header("ETag"));
        assertEquals("", again.body());
        assertEquals(200, get(edge, "gateway/snapshot", "\"stale\"").status());

        var signature = edge.send(edge.request("gateway/snapshot.p7s?serial=1").setHeader("Accept", "*/*").GET());
        assertEquals(200, signature.status(), signature::toString);
        assertEquals("application/pkcs7-signature", signature.header("Content-Type"));
        assertEquals("signature of " + domain + " serial 1", signature.body());
        var stale = edge.send(edge.request("gateway/snapshot.p7s?serial=7").setHeader("Accept", "*/*").GET());
        assertEquals(409, stale.status(), stale::toString);
    }

    @Test
    void aLongPollIsWokenByAPublishWithinASecond() throws Exception {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        String etag = "\"" + publish(domain, "{\"serial\":1}").getString("contentHash") + "\"";
        HttpRequest waiting = edge.request("gateway/snapshot?wait=60").header("If-None-Match", etag).GET().build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(waiting, HttpResponse.BodyHandlers.ofString());
        awaitWaiting(domain, 1);
        assertFalse(answer.isDone(), "the poll is held while nothing newer exists");

        long published = System.nanoTime();
        publish(domain, "{\"serial\":2}");
        HttpResponse<String> woken = answer.get(30, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published);
        System.out.println("Long poll answered " + millis + " ms after the publish was requested");
        assertEquals(200, woken.statusCode(), woken::body);
        assertEquals("{\"serial\":2}", woken.body());
        assertEquals("2", woken.headers().firstValue("X-Snapshot-Serial").orElseThrow());
        assertTrue(millis < 1_000, "answered " + millis + " ms after the publish");
        assertEquals(0, waitingCount(domain), "no listener outlives its request");
    }

    @Test
    void manyWaitingGatewaysHoldNoThreadAndOnePublishWakesThemAll() throws Exception {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        publish(domain, "{\"serial\":1}");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<Long>> answered = new java.util.ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            answered.add(http.sendAsync(edge.request("gateway/snapshot?wait=120&after=1").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).thenApply(reply -> {
                        assertEquals(200, reply.statusCode(), reply::body);
                        return System.nanoTime();
                    }));
        }
        awaitWaiting(domain, WAITERS);
        assertTrue(heldLongPolls() >= WAITERS, "the gauge counts the polls held");
        assertEquals(200, edge.get("gateway/snapshot").status(), "the console still answers while they all wait");
        long published = System.nanoTime();
        publish(domain, "{\"serial\":2}");
        List<Long> millis = new java.util.ArrayList<>();
        for (CompletableFuture<Long> answer : answered) {
            millis.add(TimeUnit.NANOSECONDS.toMillis(answer.get(60, TimeUnit.SECONDS) - published));
        }
        java.util.Collections.sort(millis);
        long p50 = millis.get(WAITERS / 2);
        long p99 = millis.get(WAITERS * 99 / 100);
        System.out.println(WAITERS + " waiting gateways woken: p50 " + p50 + " ms, p99 " + p99 + " ms, max "
                + millis.getLast() + " ms after the publish was requested");
        assertTrue(millis.getLast() < 5_000, "all answered within 5 s: " + millis.getLast() + " ms");
    }

    @Test
    void aLongPollThatRunsOutIs304AfterTheWait() {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        publish(domain, "{\"serial\":1}");
        long started = System.nanoTime();
        var timedOut = edge.get("gateway/snapshot?wait=2&after=1");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(304, timedOut.status(), timedOut::toString);
        assertEquals("1", timedOut.header("X-Snapshot-Serial"));
        assertTrue(millis >= 1_900 && millis < 10_000, "answered after " + millis + " ms");
        assertEquals(0, waitingCount(domain), "the timed-out poll was withdrawn from the feed");
        var newer = edge.get("gateway/snapshot?wait=2&after=0");
        assertEquals(200, newer.status(), "a gateway behind is answered at once");
    }

    @Test
    void absurdWaitValuesAre400Problems() {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        publish(domain, "{}");
        for (String wait : List.of("0", "301", "abc", "-5", "2.5", "")) {
            var reply = edge.get("gateway/snapshot?wait=" + wait);
            assertEquals(400, reply.status(), wait + ": " + reply);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
            assertTrue(reply.json().getString("detail").contains("1 to 300"), reply::toString);
        }
        assertEquals(400, edge.get("gateway/snapshot?after=x").status());
    }

    @Test
    void aGatewayOnlyEverReadsItsOwnDomain() {
        String a = localDomain();
        String b = localDomain();
        ApiClient edgeA = gateway(register(a, "edge-a"));
        ApiClient edgeB = gateway(register(b, "edge-b"));
        publish(b, "{\"secretOf\":\"" + b + "\"}");
        var beforeA = edgeA.get("gateway/snapshot?localDomain=" + b);
        assertEquals(404, beforeA.status(), "A has nothing yet, and B's snapshot is not offered instead");
        assertFalse(beforeA.body().contains("secretOf"));
        publish(a, "{\"of\":\"" + a + "\"}");
        for (String path : List.of("gateway/snapshot", "gateway/snapshot?localDomain=" + b,
                "gateway/snapshot?domain=" + b)) {
            var reply = edgeA.get(path);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("{\"of\":\"" + a + "\"}", reply.body());
        }
        assertEquals("{\"secretOf\":\"" + b + "\"}", edgeB.get("gateway/snapshot").body());
        var signature = edgeA.send(edgeA.request("gateway/snapshot.p7s").setHeader("Accept", "*/*").GET());
        assertEquals("signature of " + a + " serial 1", signature.body());
        var basic = admin().get("gateway/snapshot");
        assertEquals(401, basic.status(), "an operator's Basic credentials are no gateway token");
        assertTrue(basic.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void appliedAndRejectedReportsShowInTheFleetAndReplaysAreNotCounted() {
        String domain = localDomain();
        String other = localDomain();
        JsonObject registration = register(domain, "edge-1");
        long id = id(registration);
        ApiClient edge = gateway(registration);
        publish(domain, "{\"serial\":1}");
        for (int i = 0; i < 5; i++) {
            publish(other, "{}");
        }
        assertEquals(1, fleetEntry(domain, id).getJsonNumber("lag").longValue(), "never applied: lag 1");

        var applied = edge.post("gateway/status", "{\"serial\":1,\"outcome\":\"APPLIED\"}");
        assertEquals(202, applied.status(), applied::toString);
        assertTrue(applied.json().getBoolean("recorded"));
        var replay = edge.post("gateway/status", "{\"serial\":1,\"outcome\":\"APPLIED\"}");
        assertEquals(202, replay.status(), replay::toString);
        assertFalse(replay.json().getBoolean("recorded"));

        JsonObject entry = fleetEntry(domain, id);
        assertEquals(1, entry.getJsonNumber("appliedSerial").longValue());
        assertEquals(0, entry.getJsonNumber("lag").longValue());
        assertEquals(1, entry.getJsonNumber("reportsRecorded").longValue());
        assertFalse(entry.isNull("lastSeenAt"));
        assertFalse(entry.getBoolean("silent"));

        publish(domain, "{\"serial\":2}");
        String hostile = "pin mismatch\r\nINJECTED <script>alert(1)</script>";
        var rejected = edge.post("gateway/status", "{\"serial\":2,\"outcome\":\"REJECTED\",\"reason\":\""
                + hostile.replace("\r", "\\r").replace("\n", "\\n") + "\"}");
        assertEquals(202, rejected.status(), rejected::toString);
        entry = fleetEntry(domain, id);
        assertEquals(1, entry.getJsonNumber("lag").longValue());
        assertEquals(2, entry.getJsonNumber("rejectedSerial").longValue());
        assertEquals("pin mismatch  INJECTED <script>alert(1)</script>", entry.getString("rejectionReason"));

        assertEquals(422, edge.post("gateway/status", "{\"serial\":5,\"outcome\":\"APPLIED\"}").status(),
                "serial 5 exists for another domain only");
        assertEquals(422, edge.post("gateway/status", "{\"serial\":2,\"outcome\":\"REJECTED\"}").status());
        assertEquals(422, edge.post("gateway/status", "{\"serial\":2}").status());
        assertEquals(422, edge.post("gateway/status", "{\"serial\":2,\"outcome\":\"MAYBE\"}").status());
        assertEquals(422, edge.post("gateway/status", "{\"serial\":2,\"outcome\":\"REJECTED\",\"reason\":\""
                + "x".repeat(501) + "\"}").status());
        assertEquals(400, edge.post("gateway/status", "{\"serial\":").status());
        assertEquals(400, edge.post("gateway/status", "{\"serial\":\"two\",\"outcome\":\"APPLIED\"}").status());
        assertEquals(2, fleetEntry(domain, id).getJsonNumber("reportsRecorded").longValue(),
                "refused reports change nothing");

        List<String> reported = audit(id).stream().filter(e -> e.getString("action").equals("GATEWAY_STATUS_REPORTED"))
                .map(e -> e.getString("actor") + "/" + e.getString("role")).toList();
        assertEquals(List.of("edge-1/GATEWAY", "edge-1/GATEWAY"), reported, "the replay was not audited");
    }

    @Test
    void rotationAndDisablingStopTheOldTokenAndEveryStepIsAudited() {
        String domain = localDomain();
        JsonObject registration = register(domain, "edge-1");
        long id = id(registration);
        ApiClient old = gateway(registration);
        publish(domain, "{}");
        assertEquals(200, old.get("gateway/snapshot").status());
        long version = registration.getJsonObject("gateway").getJsonNumber("version").longValue();
        assertNull(admin().get("gateways/" + id).json().get("token"), "the token is never shown again");

        var rotated = admin().post("gateways/" + id + "/token?version=" + version, "");
        assertEquals(200, rotated.status(), rotated::toString);
        String token = rotated.json().getString("token");
        assertNotEquals(registration.getString("token"), token);
        var refused = old.get("gateway/snapshot");
        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer "), refused.header("WWW-Authenticate"));
        ApiClient current = ApiClient.bearer(base, token);
        assertEquals(200, current.get("gateway/snapshot").status());

        long rotatedVersion = rotated.json().getJsonObject("gateway").getJsonNumber("version").longValue();
        assertEquals(409, admin().post("gateways/" + id + "/disable?version=" + version, "").status(), "stale");
        assertEquals(200, admin().post("gateways/" + id + "/disable?version=" + rotatedVersion, "").status());
        assertEquals(401, current.get("gateway/snapshot").status(), "a disabled gateway is refused");
        assertEquals(401, ApiClient.anonymous(base).get("gateway/snapshot").status());
        assertEquals(401, ApiClient.bearer(base, "pcg.not-a-token").get("gateway/snapshot").status());

        var removed = admin().send(admin().request("gateways/" + id).header("If-Match", "\""
                + (rotatedVersion + 1) + "\"").DELETE());
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(404, admin().get("gateways/" + id).status());
        List<String> trail = audit(id).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("GATEWAY_REMOVED", "GATEWAY_DISABLED", "GATEWAY_TOKEN_ROTATED", "GATEWAY_REGISTERED"),
                trail);
        assertFalse(audit(id).toString().contains(token), "no token in the trail");
    }

    @Test
    void aDomainAdminSeesAndManagesOnlyItsOwnDomainsGateways() {
        String mine = localDomain();
        String theirs = localDomain();
        long theirGateway = id(register(theirs, "edge-1"));
        ApiClient dora = account("DOMAIN_ADMIN", mine);
        ApiClient sam = account("SECURITY_OFFICER", null);

        var registered = dora.post("gateways", "{\"localDomain\":\"" + mine + "\",\"name\":\"edge-1\"}");
        assertEquals(201, registered.status(), registered::toString);
        assertEquals(403, dora.post("gateways", "{\"localDomain\":\"" + theirs + "\",\"name\":\"edge-2\"}")
                .status());
        assertEquals(0, dora.get("gateways?localDomain=" + theirs).json().getInt("total"), "not even listed");
        assertEquals(404, dora.get("gateways/" + theirGateway).status());
        assertEquals(403, dora.post("gateways/" + theirGateway + "/disable?version=0", "").status());
        assertEquals(1, sam.get("gateways?localDomain=" + theirs).json().getInt("total"), "officers may look");
        assertEquals(403, sam.post("gateways/" + theirGateway + "/token?version=0", "").status(), "not change");
        assertEquals(1, admin().get("gateways?localDomain=" + mine).json().getInt("total"), "dora's gateway");
    }

    private ApiClient account(String role, String localDomain) {
        String username = "gw-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString()
                .substring(0, 6);
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = admin().post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    @Test
    void registrationRefusesBadInputAndStoresNothing() {
        String domain = localDomain();
        register(domain, "edge-1");
        assertEquals(409, admin().post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"edge-1\"}")
                .status());
        assertEquals(422, admin().post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"bad name\"}")
                .status());
        assertEquals(422, admin().post("gateways", "{\"localDomain\":\"unknown.example\",\"name\":\"edge-2\"}")
                .status());
        assertEquals(1, admin().get("gateways?localDomain=" + domain).json().getInt("total"));
    }

    @Test
    void aBatchRegistersAllItsGatewaysOrNoneAndEachTokenWorks() {
        String domain = localDomain();
        register(domain, "edge-taken");
        var batch = admin().post("gateways/batch", "{\"localDomain\":\"" + domain
                + "\",\"names\":[\"edge-1\",\"edge-2\",\"edge-3\"]}");
        assertEquals(201, batch.status(), batch::toString);
        List<JsonObject> items = batch.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("edge-1", "edge-2", "edge-3"), items.stream()
                .map(i -> i.getJsonObject("gateway").getString("name")).toList());
        publish(domain, "{}");
        for (JsonObject item : items) {
            assertEquals(200, gateway(item).get("gateway/snapshot").status(), item::toString);
            assertEquals(List.of("GATEWAY_REGISTERED"), audit(id(item)).stream().map(e -> e.getString("action"))
                    .toList(), "each is audited as if registered alone");
        }

        String names = "{\"localDomain\":\"" + domain + "\",\"names\":";
        var taken = admin().post("gateways/batch", names + "[\"edge-4\",\"edge-taken\"]}");
        assertEquals(409, taken.status(), taken::toString);
        assertTrue(taken.body().contains("edge-taken"), taken::toString);
        var repeated = admin().post("gateways/batch", names + "[\"edge-5\",\"edge-5\"]}");
        assertEquals(422, repeated.status(), repeated::toString);
        assertTrue(repeated.body().contains("names[1]"), repeated::toString);
        assertEquals(422, admin().post("gateways/batch", names + "[]}").status());
        assertEquals(422, admin().post("gateways/batch", names + "[\"edge-6\",\"bad name\"]}").status());
        assertEquals(4, admin().get("gateways?localDomain=" + domain).json().getInt("total"),
                "a refused batch registers none of its gateways");
    }

    @Test
    void theOpenApiDocumentDescribesTheGatewayApiAndPullsAreCounted() {
        String domain = localDomain();
        ApiClient edge = gateway(register(domain, "edge-1"));
        publish(domain, "{}");
        edge.get("gateway/snapshot");
        URI root = URI.create(base.toExternalForm()).resolve("/");
        var openapi = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("openapi")).GET());
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("/gateway/snapshot"), openapi.body());
        assertTrue(openapi.body().contains("/gateway/status"));
        var metrics = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("metrics")).GET());
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("gateway_snapshot_pulls"), metrics.body());
    }

    private List<JsonObject> audit(long id) {
        return admin().get("audit?q=GATEWAY&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> "Gateway".equals(e.getString("targetType", null))
                        && Long.toString(id).equals(e.getString("targetId", null)))
                .toList();
    }

    private int heldLongPolls() {
        URI root = URI.create(base.toExternalForm()).resolve("/");
        String metrics = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("metrics")).GET()).body();
        return metrics.lines().filter(line -> line.startsWith("gateway_long_polls_waiting"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no gauge gateway_long_polls_waiting:\n"
                        + metrics));
    }

    private int waitingCount(String domain) {
        return admin().get("test-support/snapshots/" + domain + "/waiting").json().getInt("waiting");
    }

    private void awaitWaiting(String domain, int expected) throws InterruptedException {
        // Patient: on two shared CPUs, hundreds of connections take a while to be accepted and authenticated.
        for (int i = 0; i < 600 && waitingCount(domain) < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, waitingCount(domain), "the poll registered with the feed");
    }
}
