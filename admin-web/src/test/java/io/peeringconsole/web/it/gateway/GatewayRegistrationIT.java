package io.peeringconsole.web.it.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleVariant;
import io.peeringconsole.web.it.gateway.GatewayFixture.GatewayToken;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operators register gateways (C7): one at a time or in a batch that registers all or none, bad input refused with
 * nothing stored, and a domain administrator who sees and manages the gateways of their own local domains only.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): a duplicate registration is recognised from what the
 * database reports.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
class GatewayRegistrationIT extends GatewayConsoleIT {

    private static final String PASSWORD = "correct horse battery";

    private ApiClient account(String role, String localDomain) {
        String username = "gw-" + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString()
                .substring(0, 6);
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = fixture.admin().post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    @Test
    void aDomainAdminSeesAndManagesOnlyItsOwnDomainsGateways() {
        String mine = fixture.localDomain();
        String theirs = fixture.localDomain();
        long theirGateway = fixture.register(theirs, "edge-1").id();
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
        assertEquals(1, fixture.admin().get("gateways?localDomain=" + mine).json().getInt("total"),
                "dora's gateway");
    }

    @Test
    void registrationRefusesBadInputAndStoresNothing() {
        String domain = fixture.localDomain();
        ApiClient admin = fixture.admin();
        fixture.register(domain, "edge-1");
        assertEquals(409, admin.post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"edge-1\"}")
                .status());
        assertEquals(422, admin.post("gateways", "{\"localDomain\":\"" + domain + "\",\"name\":\"bad name\"}")
                .status());
        assertEquals(422, admin.post("gateways", "{\"localDomain\":\"unknown.example\",\"name\":\"edge-2\"}")
                .status());
        assertEquals(1, admin.get("gateways?localDomain=" + domain).json().getInt("total"));
    }

    @Test
    void aBatchRegistersAllItsGatewaysOrNoneAndEachTokenWorks() {
        String domain = fixture.localDomain();
        ApiClient admin = fixture.admin();
        fixture.register(domain, "edge-taken");
        var batch = admin.post("gateways/batch", "{\"localDomain\":\"" + domain
                + "\",\"names\":[\"edge-1\",\"edge-2\",\"edge-3\"]}");
        assertEquals(201, batch.status(), batch::toString);
        List<GatewayToken> items = batch.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(GatewayToken::new).toList();
        assertEquals(List.of("edge-1", "edge-2", "edge-3"), items.stream()
                .map(i -> i.answer().getJsonObject("gateway").getString("name")).toList());
        fixture.publish(domain, "{}");
        for (GatewayToken item : items) {
            assertEquals(200, fixture.gateway(item).get("gateway/snapshot").status(), item::toString);
            assertEquals(List.of("GATEWAY_REGISTERED"), fixture.audit(item.id()).stream()
                    .map(e -> e.getString("action")).toList(), "each is audited as if registered alone");
        }

        String names = "{\"localDomain\":\"" + domain + "\",\"names\":";
        var taken = admin.post("gateways/batch", names + "[\"edge-4\",\"edge-taken\"]}");
        assertEquals(409, taken.status(), taken::toString);
        assertTrue(taken.body().contains("edge-taken"), taken::toString);
        var repeated = admin.post("gateways/batch", names + "[\"edge-5\",\"edge-5\"]}");
        assertEquals(422, repeated.status(), repeated::toString);
        assertTrue(repeated.body().contains("names[1]"), repeated::toString);
        assertEquals(422, admin.post("gateways/batch", names + "[]}").status());
        assertEquals(422, admin.post("gateways/batch", names + "[\"edge-6\",\"bad name\"]}").status());
        assertEquals(4, admin.get("gateways?localDomain=" + domain).json().getInt("total"),
                "a refused batch registers none of its gateways");
    }

    /**
     * Every change appends to the one audit chain, so concurrent changes wait for each other; a batch of hundreds
     * holds the chain for seconds. The others must wait their turn, not fail after the database's default lock wait.
     */
    @Test
    void concurrentBatchesAreRegisteredOneAfterTheOtherNotRefused() throws Exception {
        String domain = fixture.localDomain();
        ApiClient admin = fixture.admin();
        int batches = 3;
        int size = GatewayService.MAX_BATCH;
        ExecutorService senders = Executors.newFixedThreadPool(batches);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                int batch = b;
                String names = IntStream.range(0, size).mapToObj(i -> "\"edge-" + batch + "-" + i + "\"")
                        .collect(Collectors.joining(","));
                String body = "{\"localDomain\":\"" + domain + "\",\"names\":[" + names + "]}";
                replies.add(senders.submit(() -> admin.post("gateways/batch", body)));
            }
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply answer = reply.get(5, TimeUnit.MINUTES);
                assertEquals(201, answer.status(), answer::toString);
            }
        } finally {
            senders.shutdownNow();
        }
        assertEquals(batches * size, admin.get("gateways?limit=1&localDomain=" + domain).json().getInt("total"));
    }
}
