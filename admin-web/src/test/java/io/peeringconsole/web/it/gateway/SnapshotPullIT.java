package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway pulls its snapshot (C7): 404 before the first publish, 200 with the ETag and serial, 304 while it is
 * current, the detached signature of a serial; and the OpenAPI document and the pull counter describe it all.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): every pull authenticates a gateway stored there.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class SnapshotPullIT extends GatewayConsoleIT {

    private static ApiClient.Reply get(ApiClient client, String path, String ifNoneMatch) {
        HttpRequest.Builder request = client.request(path).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request);
    }

    @Test
    void theSnapshotIsServedWithItsEtagAndThen304() {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        var nothing = edge.get("gateway/snapshot");
        assertEquals(404, nothing.status(), nothing::toString);
        assertTrue(nothing.header("Content-Type").startsWith("application/problem+json"), nothing::toString);

        JsonObject published = fixture.publish(domain, "{\"domain\":\"" + domain + "\",\"serial\":1}");
        String etag = GatewayFixture.etag(published);
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
    void theOpenApiDocumentDescribesTheGatewayApiAndPullsAreCounted() {
        String domain = fixture.localDomain();
        ApiClient edge = fixture.gateway(fixture.register(domain, "edge-1"));
        fixture.publish(domain, "{}");
        edge.get("gateway/snapshot");
        URI root = fixture.root();
        var openapi = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("openapi")).GET());
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("/gateway/snapshot"), openapi.body());
        assertTrue(openapi.body().contains("/gateway/status"));
        var metrics = ApiClient.anonymous(base).send(HttpRequest.newBuilder(root.resolve("metrics")).GET());
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("gateway_snapshot_pulls"), metrics.body());
    }
}
