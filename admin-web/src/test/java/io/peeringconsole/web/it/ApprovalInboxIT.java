package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * The approval inbox ({@code GET /agreements/inbox}, and the console's inbox view) holds what each operator may
 * approve now: not their own proposal, only their local domains, nothing already approved or no longer pending.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): the inbox is one query with correlated subqueries and
 * enum and collection parameters, which PostgreSQL types more strictly than H2.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class ApprovalInboxIT {

    private static final String PASSWORD = "correct horse battery";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void eachOperatorSeesWhatTheyMayApproveAndNothingElse() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        String foreign = localDomain(admin);
        ApiClient proposer = account("DOMAIN_ADMIN", local);
        ApiClient colleague = account("DOMAIN_ADMIN", local);
        ApiClient outsider = account("DOMAIN_ADMIN", foreign);
        ApiClient officer = account("SECURITY_OFFICER", null);

        long pending = submitted(proposer, local);
        long draft = drafted(proposer, local);

        assertTrue(inbox(colleague).contains(pending), "a colleague of the same domain may approve");
        assertFalse(inbox(colleague).contains(draft), "a draft is not waiting for anyone");
        assertTrue(inbox(admin).contains(pending), "an ADMIN may approve for every domain");
        assertFalse(inbox(proposer).contains(pending), "never one's own proposal");
        assertEquals(List.of(), inbox(outsider), "nothing of another local domain");
        assertFalse(inbox(officer).contains(pending), "no security approval is needed here");

        var approved = colleague.post("agreements/" + pending + "/approval?version=" + version(colleague, pending), "");
        assertEquals(422, approved.status(), "the peer is not trusted, so the gate refuses: " + approved);
        assertTrue(inbox(colleague).contains(pending), "a refused approval leaves it waiting");

        var rejected = colleague.post("agreements/" + pending + "/rejection?version=" + version(colleague, pending),
                "{\"reason\":\"Peer not trusted yet\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertFalse(inbox(colleague).contains(pending), "rejected: a draft again, waiting for nobody");
        assertFalse(inbox(admin).contains(pending));

        var paged = admin.get("agreements/inbox?limit=0");
        assertEquals(422, paged.status(), paged::toString);
        assertEquals("limit", paged.json().getString("field"));
    }

    private static List<Long> inbox(ApiClient api) {
        var reply = api.get("agreements/inbox?limit=500");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    private long submitted(ApiClient api, String local) {
        long id = drafted(api, local);
        var reply = api.post("agreements/" + id + "/submission?version=0", "");
        assertEquals(200, reply.status(), reply::toString);
        return id;
    }

    private long drafted(ApiClient api, String local) {
        String domain = unique("inbox-peer") + ".example.net";
        var peer = ApiClient.admin(base).post("peer-networks", Json.peer("Inbox " + domain, domain));
        assertEquals(201, peer.status(), peer::toString);
        String grant = "{\"services\":[\"PRESENCE\"]}";
        var reply = api.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":"
                + peer.json().getJsonNumber("id").longValue() + ",\"inbound\":" + grant + ",\"outbound\":" + grant
                + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\"" + LocalDate.now() + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long version(ApiClient api, long id) {
        return api.get("agreements/" + id).json().getJsonNumber("version").longValue();
    }

    private String localDomain(ApiClient admin) {
        String name = unique("inbox") + ".example.com";
        var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Inbox\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private ApiClient account(String role, String localDomain) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
