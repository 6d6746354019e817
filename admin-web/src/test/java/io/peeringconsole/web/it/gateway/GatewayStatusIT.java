package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import io.peeringconsole.web.it.gateway.GatewayFixture.GatewayToken;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway reports what it did with a snapshot (C7): APPLIED and REJECTED show in the fleet (applied serial, lag,
 * rejection reason made harmless), a replayed report is answered but neither counted nor audited, and a report of a
 * serial never published for its domain, or a malformed one, is refused and changes nothing.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): the fleet's counts and lag are queries.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class GatewayStatusIT extends GatewayConsoleIT {

    private JsonObject fleetEntry(String domain, long id) {
        var reply = fixture.admin().get("gateways?localDomain=" + domain);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void appliedAndRejectedReportsShowInTheFleetAndReplaysAreNotCounted() {
        String domain = fixture.localDomain();
        String other = fixture.localDomain();
        GatewayToken registered = fixture.register(domain, "edge-1");
        long id = registered.id();
        ApiClient edge = fixture.gateway(registered);
        fixture.publish(domain, "{\"serial\":1}");
        for (int i = 0; i < 5; i++) {
            fixture.publish(other, "{}");
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

        fixture.publish(domain, "{\"serial\":2}");
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

        List<String> reported = fixture.audit(id).stream()
                .filter(e -> e.getString("action").equals("GATEWAY_STATUS_REPORTED"))
                .map(e -> e.getString("actor") + "/" + e.getString("role")).toList();
        assertEquals(List.of("edge-1/GATEWAY", "edge-1/GATEWAY"), reported, "the replay was not audited");
    }
}
