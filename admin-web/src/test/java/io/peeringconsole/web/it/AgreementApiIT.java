package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Peering agreements through the REST API: drafting, four-eyes approval against the trust store's verdicts, the
 * lifecycle after activation, conflicts, bad input, domain scopes and the audit trail.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): approval rounds, stale versions and lifecycle changes
 * are several rows written in one transaction.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {

    private static final String PASSWORD = "correct horse battery";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String localDomain(ApiClient admin) {
        String name = unique("local") + ".example.com";
        var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Local\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private static long peer(ApiClient api, String domain) {
        var reply = api.post("peer-networks", Json.peer("Agreement peer " + domain, domain));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private ApiClient account(String role, String localDomain) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    private static String agreement(String localDomain, long peerId, String services, String until) {
        String grant = "{\"services\":[" + services + "],\"messagesPerSecond\":50}";
        return "{\"localDomain\":\"" + localDomain + "\",\"peerNetworkId\":" + peerId + ",\"inbound\":" + grant
                + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\"" + LocalDate.now()
                + "\",\"validUntil\":\"" + until + "\"}";
    }

    private static String agreement(String localDomain, long peerId) {
        return agreement(localDomain, peerId, "\"PRESENCE\",\"PAGER_IM\"", LocalDate.now().plusYears(1).toString());
    }

    private static ApiClient.Reply upload(ApiClient api, String path, String pem) {
        return api.send(api.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    private static long version(ApiClient.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    private static void trust(ApiClient admin, long peerId, String domain) throws Exception {
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);
        assertEquals(201, upload(admin, "peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem")).status());
        var leaf = upload(admin, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem"));
        assertEquals(201, leaf.status(), leaf::toString);
    }

    @Test
    void anAgreementIsApprovedByASecondAdminOnceThePeerIsTrustedAndThenSuspendedAndTerminated() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiClient secondAdmin = account("ADMIN", null);
        String local = localDomain(admin);
        String peerDomain = unique("peer") + ".example.net";
        long peerId = peer(admin, peerDomain);

        var drafted = admin.post("agreements", agreement(local, peerId));
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertEquals(List.of("PRESENCE", "PAGER_IM"), drafted.json().getJsonObject("inbound").getJsonArray("services")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(drafted.header("Location").endsWith("/agreements/" + id));
        assertEquals("\"0\"", admin.get("agreements/" + id).header("ETag"));

        var submitted = admin.post("agreements/" + id + "/submission?version=0", "");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("PENDING_APPROVAL", submitted.json().getString("status"));
        long pending = version(submitted);

        var self = admin.post("agreements/" + id + "/approval?version=" + pending, "");
        assertEquals(403, self.status(), self::toString);

        var gated = secondAdmin.post("agreements/" + id + "/approval?version=" + pending, "");
        assertEquals(422, gated.status(), gated::toString);
        assertEquals("application/problem+json", gated.header("Content-Type"));
        List<JsonObject> reasons = gated.json().getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertTrue(reasons.stream().anyMatch(r -> r.getString("code").equals("PEER_DOMAIN_UNTRUSTED")
                && r.getString("message").contains(peerDomain)), gated::toString);
        assertEquals("PENDING_APPROVAL", admin.get("agreements/" + id).json().getString("status"));

        trust(admin, peerId, peerDomain);
        var checklist = admin.get("agreements/" + id + "/checklist");
        assertTrue(checklist.json().getBoolean("passed"), checklist::toString);

        var approved = secondAdmin.post("agreements/" + id + "/approval?version=" + pending, "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("ACTIVE", approved.json().getString("status"));
        long active = version(approved);

        var impact = admin.get("agreements/" + id + "/impact?action=SUSPEND");
        assertEquals(200, impact.status(), impact::toString);
        assertTrue(impact.json().getBoolean("stopsServices"), impact::toString);

        var suspended = admin.post("agreements/" + id + "/suspension?version=" + active,
                "{\"reason\":\"Maintenance\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals("SUSPENDED", suspended.json().getString("status"));

        var stale = admin.post("agreements/" + id + "/termination?version=" + active, "{\"reason\":\"Too late\"}");
        assertEquals(409, stale.status(), stale::toString);

        var terminated = admin.send(admin.request("agreements/" + id + "/termination")
                .header("Content-Type", "application/json").header("If-Match", "\"" + version(suspended) + "\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Contract ended\"}")));
        assertEquals(200, terminated.status(), terminated::toString);
        assertEquals("TERMINATED", terminated.json().getString("status"));

        for (String action : List.of("AGREEMENT_DRAFTED", "AGREEMENT_SUBMITTED", "AGREEMENT_APPROVED")) {
            var audit = admin.get("audit?q=" + action + "&limit=500").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertTrue(audit.stream().anyMatch(e -> Long.toString(id).equals(e.getString("targetId", null))
                    && action.equals(e.getString("action", null))), () -> action + " missing: " + audit);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFaultAndNothingIsStored() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        long peerId = peer(admin, unique("bad") + ".example.net");

        var unknown = admin.post("agreements", agreement(local, peerId, "\"PRESENCE\",\"TELEPATHY\"",
                LocalDate.now().plusYears(1).toString()));
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals("inbound.services", unknown.json().getString("field"), unknown::toString);
        assertTrue(unknown.json().getString("detail").contains("TELEPATHY"), unknown::toString);

        var backwards = admin.post("agreements", agreement(local, peerId, "\"PRESENCE\"",
                LocalDate.now().minusDays(1).toString()));
        assertEquals(422, backwards.status(), backwards::toString);
        assertEquals("validUntil", backwards.json().getString("field"), backwards::toString);

        var listed = admin.get("agreements?localDomain=" + local);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(0, listed.json().getJsonNumber("total").longValue(), listed::toString);
    }

    @Test
    void aDomainAdministratorDraftsOnlyForTheirOwnLocalDomains() {
        ApiClient admin = ApiClient.admin(base);
        String own = localDomain(admin);
        String foreign = localDomain(admin);
        long peerId = peer(admin, unique("scope") + ".example.net");
        ApiClient domainAdmin = account("DOMAIN_ADMIN", own);

        var refused = domainAdmin.post("agreements", agreement(foreign, peerId));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));

        var allowed = domainAdmin.post("agreements", agreement(own, peerId));
        assertEquals(201, allowed.status(), allowed::toString);
        var listed = domainAdmin.get("agreements?status=DRAFT&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(listed.stream().allMatch(a -> a.getString("localDomain").equals(own)), listed::toString);
    }
}
