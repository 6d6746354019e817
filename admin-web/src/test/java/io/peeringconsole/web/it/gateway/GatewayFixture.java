package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.web.it.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * What the gateway tests do through the API of a {@link GatewayDeployment} console before and around their checks: a
 * fresh local domain, a registered gateway with its token, a publish through the in-memory feed, the long polls
 * waiting in the feed, the gauges in {@code /metrics} and a gateway's audit entries. Every domain it makes is new, so
 * tests sharing the console never see each other's gateways or snapshots.
 */
public final class GatewayFixture {

    private final URL base;

    public GatewayFixture(URL base) {
        this.base = base;
    }

    public ApiClient admin() {
        return ApiClient.admin(base);
    }

    /** Creates a local domain with a name of its own. */
    public String localDomain() {
        String name = "gw-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var reply = admin().post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Gateways\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    /** A gateway as the console answered its registration or a token rotation: the gateway, and its token once. */
    public record GatewayToken(JsonObject answer) {

        public long id() {
            return answer.getJsonObject("gateway").getJsonNumber("id").longValue();
        }

        /** The gateway's version, which the next rotation or disabling must name. */
        public long version() {
            return answer.getJsonObject("gateway").getJsonNumber("version").longValue();
        }

        public String token() {
            return answer.getString("token");
        }
    }

    public GatewayToken register(String domain, String name) {
        var reply = admin().post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return new GatewayToken(reply.json());
    }

    /** Issues the gateway a new token in place of its current one. */
    public GatewayToken rotate(GatewayToken gateway) {
        var reply = admin().post("gateways/" + gateway.id() + "/token?version=" + gateway.version(), "");
        assertEquals(200, reply.status(), reply::toString);
        return new GatewayToken(reply.json());
    }

    /** Disables the gateway, naming the version its latest token was issued at. */
    public void disable(GatewayToken gateway) {
        var reply = admin().post("gateways/" + gateway.id() + "/disable?version=" + gateway.version(), "");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** A client that authenticates with the gateway's token. */
    public ApiClient gateway(GatewayToken gateway) {
        return ApiClient.bearer(base, gateway.token());
    }

    /** Publishes {@code content} as the domain's next serial; returns its serial and content hash. */
    public JsonObject publish(String domain, String content) {
        var reply = admin().post("test-support/snapshots/" + domain, content);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The ETag the console serves a published snapshot with. */
    public static String etag(JsonObject published) {
        return "\"" + published.getString("contentHash") + "\"";
    }

    /** The gateway's audit entries, newest first. */
    public List<JsonObject> audit(long id) {
        return admin().get("audit?q=GATEWAY&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> "Gateway".equals(e.getString("targetType", null))
                        && Long.toString(id).equals(e.getString("targetId", null)))
                .toList();
    }

    /** How many long polls of the domain the feed holds right now. */
    public int waitingCount(String domain) {
        return admin().get("test-support/snapshots/" + domain + "/waiting").json().getInt("waiting");
    }

    public void awaitWaiting(String domain, int expected) throws InterruptedException {
        // Patient: on two shared CPUs, hundreds of connections take a while to be accepted and authenticated.
        for (int i = 0; i < 600 && waitingCount(domain) < expected; i++) {
            Thread.sleep(100);
        }
        assertEquals(expected, waitingCount(domain), "the poll registered with the feed");
    }

    /** The gauge of long polls held, over every domain. */
    public int heldLongPolls() {
        return (int) metric("gateway_long_polls_waiting", "");
    }

    /** The value of the first line of {@code /metrics} that starts with {@code name} and contains {@code label}. */
    public double metric(String name, String label) {
        return metricLine(name, label).orElseThrow(() -> new AssertionError("no " + name + " " + label + " in /metrics"));
    }

    /** Like {@link #metric}, for a counter that may not be registered yet: until then it has counted nothing. */
    public double counter(String name, String label) {
        return metricLine(name, label).orElse(0);
    }

    private OptionalDouble metricLine(String name, String label) {
        String all = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root().resolve("metrics")).GET()).body();
        return all.lines().filter(line -> line.startsWith(name) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    /** The server's root, where {@code /metrics} and {@code /openapi} are served. */
    public URI root() {
        return URI.create(base.toExternalForm()).resolve("/");
    }
}
