package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The scheduled expiry job in the running console: an active agreement whose validity ends is EXPIRED by the job
 * (every 2 s in the tests, see the pom), by the system, with an audit entry; one still valid is left alone.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): the job selects agreements by comparing TIMESTAMP WITH
 * TIME ZONE columns with now, which databases store differently.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class AgreementExpiryIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void anActiveAgreementWhoseValidityEndsIsExpiredByTheJobAndAudited() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiClient approver = secondAdmin();
        String local = unique("expiry") + ".example.com";
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"Expiry\"}")
                .status());
        String peerDomain = unique("expiring-peer") + ".example.net";
        long peerId = admin.post("peer-networks", Json.peer("Expiry " + peerDomain, peerDomain)).json()
                .getJsonNumber("id").longValue();
        trust(admin, peerId, peerDomain);
        String otherDomain = unique("lasting-peer") + ".example.net";
        long otherId = admin.post("peer-networks", Json.peer("Lasting " + otherDomain, otherDomain)).json()
                .getJsonNumber("id").longValue();
        trust(admin, otherId, otherDomain);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long expiring = activeAgreement(admin, approver, local, peerId, now.plusSeconds(25));
        long lasting = activeAgreement(admin, approver, local, otherId, now.plus(Duration.ofDays(365)));

        JsonObject expired = awaitStatus(admin, expiring, "EXPIRED");
        assertEquals("system", expired.getString("statusChangedBy"), expired::toString);
        assertTrue(expired.getString("statusReason").contains("validity ended"), expired::toString);
        assertEquals("ACTIVE", admin.get("agreements/" + lasting).json().getString("status"));

        List<JsonObject> audit = admin.get("audit?q=AGREEMENT_EXPIRED&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> Long.toString(expiring).equals(e.getString("targetId", null))
                && "system".equals(e.getString("actor", null))), audit::toString);
        assertTrue(audit.stream().noneMatch(e -> Long.toString(lasting).equals(e.getString("targetId", null))),
                audit::toString);
    }

    private long activeAgreement(ApiClient admin, ApiClient approver, String local, long peerId, Instant until) {
        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":50}";
        var drafted = admin.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":" + peerId
                + ",\"inbound\":" + grant + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\""
                + until.minus(Duration.ofDays(1)) + "\",\"validUntil\":\"" + until + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        var submitted = admin.post("agreements/" + id + "/submission?version=0", "");
        assertEquals(200, submitted.status(), submitted::toString);
        long version = submitted.json().getJsonNumber("version").longValue();
        var approved = approver.post("agreements/" + id + "/approval?version=" + version, "");
        assertEquals("ACTIVE", approved.json().getString("status"), approved::toString);
        return id;
    }

    private static JsonObject awaitStatus(ApiClient api, long id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject current;
        do {
            current = api.get("agreements/" + id).json();
            if (status.equals(current.getString("status"))) {
                return current;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("agreement " + id + " did not become " + status + " within " + PATIENCE + ": "
                + current);
    }

    private ApiClient secondAdmin() {
        String username = unique("approver");
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"ADMIN\"],\"localDomains\":[]}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    private static void trust(ApiClient admin, long peerId, String domain) throws Exception {
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);
        assertEquals(201, upload(admin, "peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem")).status());
        assertEquals(201, upload(admin, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem")).status());
    }

    private static ApiClient.Reply upload(ApiClient api, String path, String pem) {
        return api.send(api.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
