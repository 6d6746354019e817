package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import io.peeringconsole.web.it.gateway.GatewayFixture.GatewayToken;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who a gateway is (C7): its token names its local domain and no other, whatever the request asks for; an operator's
 * Basic credentials, a rotated, disabled, missing or made-up token are refused with a Bearer challenge; and every step
 * of a token's life is in the audit trail, never the token itself.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): a stale version is recognised from what the database
 * reports.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class GatewayAuthenticationIT extends GatewayConsoleIT {

    @Test
    void aGatewayOnlyEverReadsItsOwnDomain() {
        String a = fixture.localDomain();
        String b = fixture.localDomain();
        ApiClient edgeA = fixture.gateway(fixture.register(a, "edge-a"));
        ApiClient edgeB = fixture.gateway(fixture.register(b, "edge-b"));
        fixture.publish(b, "{\"secretOf\":\"" + b + "\"}");
        var beforeA = edgeA.get("gateway/snapshot?localDomain=" + b);
        assertEquals(404, beforeA.status(), "A has nothing yet, and B's snapshot is not offered instead");
        assertFalse(beforeA.body().contains("secretOf"));
        fixture.publish(a, "{\"of\":\"" + a + "\"}");
        for (String path : List.of("gateway/snapshot", "gateway/snapshot?localDomain=" + b,
                "gateway/snapshot?domain=" + b)) {
            var reply = edgeA.get(path);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("{\"of\":\"" + a + "\"}", reply.body());
        }
        assertEquals("{\"secretOf\":\"" + b + "\"}", edgeB.get("gateway/snapshot").body());
        var signature = edgeA.send(edgeA.request("gateway/snapshot.p7s").setHeader("Accept", "*/*").GET());
        assertEquals("signature of " + a + " serial 1", signature.body());
        var basic = fixture.admin().get("gateway/snapshot");
        assertEquals(401, basic.status(), "an operator's Basic credentials are no gateway token");
        assertTrue(basic.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void rotationAndDisablingStopTheOldTokenAndEveryStepIsAudited() {
        String domain = fixture.localDomain();
        GatewayToken registered = fixture.register(domain, "edge-1");
        long id = registered.id();
        ApiClient old = fixture.gateway(registered);
        ApiClient admin = fixture.admin();
        fixture.publish(domain, "{}");
        assertEquals(200, old.get("gateway/snapshot").status());
        assertNull(admin.get("gateways/" + id).json().get("token"), "the token is never shown again");

        GatewayToken rotated = fixture.rotate(registered);
        String token = rotated.token();
        assertNotEquals(registered.token(), token);
        var refused = old.get("gateway/snapshot");
        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer "), refused.header("WWW-Authenticate"));
        ApiClient current = fixture.gateway(rotated);
        assertEquals(200, current.get("gateway/snapshot").status());

        assertEquals(409, admin.post("gateways/" + id + "/disable?version=" + registered.version(), "").status(),
                "stale");
        fixture.disable(rotated);
        assertEquals(401, current.get("gateway/snapshot").status(), "a disabled gateway is refused");
        assertEquals(401, ApiClient.anonymous(base).get("gateway/snapshot").status());
        assertEquals(401, ApiClient.bearer(base, "pcg.not-a-token").get("gateway/snapshot").status());

        var removed = admin.send(admin.request("gateways/" + id).header("If-Match", "\""
                + (rotated.version() + 1) + "\"").DELETE());
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(404, admin.get("gateways/" + id).status());
        List<String> trail = fixture.audit(id).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("GATEWAY_REMOVED", "GATEWAY_DISABLED", "GATEWAY_TOKEN_ROTATED", "GATEWAY_REGISTERED"),
                trail);
        assertFalse(fixture.audit(id).toString().contains(token), "no token in the trail");
    }
}
