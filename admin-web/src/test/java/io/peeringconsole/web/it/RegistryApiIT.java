package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The peer registry through the REST API, on Payara Micro with the configured database.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): it checks which database it runs on; concurrent edits,
 * the unique domain and the audit write in the same transaction are what databases do differently.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class RegistryApiIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void runsOnTheDatabaseThisExecutionIsFor() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var ready = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        String expected = "postgresql".equals(System.getProperty("it.database")) ? "PostgreSQL" : "H2";
        assertTrue(ready.body().contains("\"database\":\"" + expected), ready::body);
    }

    @Test
    void createsReadsRevisesAndDeletesAPeerNetwork() {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("crud") + ".example.net";

        var created = api.post("peer-networks", Json.peer("Crud Peer", "Bücher-" + domain, domain.toUpperCase() + "."));
        assertEquals(201, created.status(), created::toString);
        JsonObject peer = created.json();
        long id = peer.getJsonNumber("id").longValue();
        assertEquals(List.of("xn--bcher-" , domain), List.of(peer.getJsonArray("domains").getString(0).substring(0, 10),
                peer.getJsonArray("domains").getString(1)), "domains are normalised: IDN to punycode, lower case, no trailing dot");
        assertTrue(created.header("Location").endsWith("/peer-networks/" + id));

        var read = api.get("peer-networks/" + id);
        assertEquals(200, read.status());
        assertEquals("\"0\"", read.header("ETag"));

        var revised = api.put("peer-networks/" + id, Json.withVersion(Json.peer("Crud Peer revised", domain), 0), null);
        assertEquals(200, revised.status(), revised::toString);
        assertEquals("Crud Peer revised", revised.json().getString("displayName"));
        assertEquals(1, revised.json().getJsonNumber("version").longValue());

        var found = api.get("peer-networks?q=" + domain + "&sort=domain&order=desc");
        assertEquals(1, found.json().getJsonNumber("total").longValue(), found::toString);

        assertEquals(204, api.delete("peer-networks/" + id + "?version=1").status());
        var gone = api.get("peer-networks/" + id);
        assertEquals(404, gone.status());
        assertEquals("application/problem+json", gone.header("Content-Type"));
    }

    @Test
    void refusesBadInputWithAProblemThatSaysWhatIsWrongAndStoresNothing() {
        ApiClient api = ApiClient.admin(base);
        String marker = unique("bad");
        for (String badDomain : List.of("*." + marker + ".example.net", "192.0.2.1", marker + "..example.net", "[::1]",
                "a".repeat(64) + ".example.net", marker)) {
            var reply = api.post("peer-networks", Json.peer("Bad " + marker, badDomain));
            assertEquals(422, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.header("Content-Type"));
            assertEquals("domain", reply.json().getString("field").replaceFirst("s$", ""), reply::toString);
            assertTrue(reply.json().getString("detail").length() > 10);
        }
        var malformed = api.post("peer-networks", "{\"displayName\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("application/problem+json", malformed.header("Content-Type"));
        var controlChars = api.post("peer-networks", Json.peer("Evil\u0000" + marker, marker + ".example.net"));
        assertEquals(422, controlChars.status(), controlChars::toString);
        assertEquals(0, api.get("peer-networks?q=" + marker).json().getJsonNumber("total").longValue());
    }

    @Test
    void aDomainBelongsToOnePeerNetworkOnly() {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("shared") + ".example.net";
        assertEquals(201, api.post("peer-networks", Json.peer("First owner", domain)).status());
        var second = api.post("peer-networks", Json.peer("Second owner", "other-" + domain, domain));
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.json().getString("detail").contains(domain), second::toString);
        assertEquals(0, api.get("peer-networks?q=other-" + domain).json().getJsonNumber("total").longValue());
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictNotASilentOverwrite() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("race") + ".example.net";
        long id = api.post("peer-networks", Json.peer("Race", domain)).json().getJsonNumber("id").longValue();

        var stale = api.put("peer-networks/" + id, Json.withVersion(Json.peer("Race A", domain), 0), null);
        assertEquals(200, stale.status());
        var lost = api.put("peer-networks/" + id, Json.peer("Race B", domain), "\"0\"");
        assertEquals(409, lost.status(), lost::toString);
        assertEquals("Race A", api.get("peer-networks/" + id).json().getString("displayName"));

        Callable<Integer> edit = () -> api.put("peer-networks/" + id, Json.withVersion(Json.peer("Parallel", domain), 1), null).status();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(List.of(edit, edit, edit, edit)).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertEquals(List.of(200, 409, 409, 409), results);
        }
        var missingVersion = api.put("peer-networks/" + id, Json.peer("No version", domain), null);
        assertEquals(422, missingVersion.status(), missingVersion::toString);
    }

    @Test
    void everyChangeIsAuditedInTheSameTransactionAndTheChainVerifies() {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("audited") + ".example.net";
        long id = api.post("peer-networks", Json.peer("Audited", domain)).json().getJsonNumber("id").longValue();

        var entries = api.get("audit?q=PEER_NETWORK_CREATED&limit=500").json().getJsonArray("items");
        JsonObject entry = entries.getValuesAs(JsonObject.class).stream()
                .filter(e -> Long.toString(id).equals(e.getString("targetId", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry for peer " + id + ": " + entries));
        assertEquals("admin", entry.getString("actor"));
        assertTrue(entry.getString("after").contains(domain), entry::toString);
        assertNotNull(entry.getString("sourceAddress", null));

        var verification = api.get("audit/verification");
        assertTrue(verification.json().getBoolean("intact"), verification::toString);
    }

    @Test
    void whenTheAuditTrailCannotBeWrittenTheChangeIsRefusedAndNothingIsStored() {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("unaudited") + ".example.net";
        assertEquals(200, api.post("test-support/audit-table?writable=false", "").status());
        ApiClient.Reply refused;
        try {
            refused = api.post("peer-networks", Json.peer("Unaudited", domain));
        } finally {
            assertEquals(200, api.post("test-support/audit-table?writable=true", "").status());
        }
        assertEquals(503, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("audit"), refused::toString);
        assertEquals(0, api.get("peer-networks?q=" + domain).json().getJsonNumber("total").longValue());
        assertTrue(api.get("audit/verification").json().getBoolean("intact"));
    }
}
