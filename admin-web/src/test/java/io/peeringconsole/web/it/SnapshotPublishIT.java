package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Configuration snapshots through the REST API, in the container: publishing signs what stock openssl verifies,
 * the gate refuses with every reason and writes nothing, rollback makes a new serial, and an agreement leaving force
 * publishes at once — each audited.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): publishing stores the signed bytes under the next
 * serial and a rollback reads earlier content back byte for byte.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class SnapshotPublishIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void aPublishedSnapshotVerifiesWithOpensslAndATamperedByteDoesNot() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long peerId = fixture.activePeer()[0];
        JsonObject candidate = fixture.admin.get("snapshots/" + fixture.local + "/candidate").json();
        assertTrue(candidate.getBoolean("publishable"), candidate::toString);
        assertEquals(1, candidate.getJsonArray("changes").size(), "a first publish adds the whole document");

        var published = fixture.admin.post("snapshots/" + fixture.local + "/publication",
                "{\"contentHash\":\"" + candidate.getString("contentHash") + "\"}");
        assertEquals(201, published.status(), published::toString);
        assertEquals(1, published.json().getInt("serial"));
        assertEquals("MANUAL", published.json().getString("source"));
        assertTrue(published.header("Location").endsWith("/snapshots/" + fixture.local + "/1"));

        byte[] content = fixture.bytes("snapshots/" + fixture.local + "/1");
        byte[] signature = fixture.bytes("snapshots/" + fixture.local + "/1.p7s");
        assertEquals(candidate.getString("content"), new String(content, StandardCharsets.UTF_8));
        assertTrue(new String(content, StandardCharsets.UTF_8).contains("\"peerNetworkId\":" + peerId));
        assertTrue(fixture.opensslVerifies(content, signature), "openssl cms -verify must accept the snapshot");
        for (int position : List.of(0, content.length / 2, content.length - 1)) {
            byte[] tampered = content.clone();
            tampered[position] ^= 0x01;
            assertFalse(fixture.opensslVerifies(tampered, signature), "byte " + position + " flipped");
        }

        JsonObject again = fixture.admin.get("snapshots/" + fixture.local + "/candidate").json();
        assertTrue(again.getBoolean("unchanged"), again::toString);
        assertEquals(0, again.getJsonArray("changes").size());
        assertEquals(1, fixture.audit("SNAPSHOT_PUBLISHED").size());
        assertEquals(404, fixture.admin.get("snapshots/" + fixture.local + "/7").status());
    }

    @Test
    void aPeersStoredPrivacyPermissionIsWhatTheSnapshotTellsGatewaysAndDefaultDenyOtherwise() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long peerId = fixture.activePeer()[0];
        JsonObject privacy = peerEntry(fixture, peerId).getJsonObject("privacy");
        assertEquals("PER_WATCHER", privacy.getString("sharingMode"), privacy::toString);
        assertEquals(0, privacy.getJsonArray("allowedAttributes").size(), "default deny: nothing leaves");

        var set = fixture.admin.put("local-domains/" + fixture.local + "/privacy-permissions/" + peerId,
                "{\"attributes\":[\"NOTE\",\"BASIC_STATUS\"],\"mode\":\"VIEW_SHARING\"}");
        assertEquals(200, set.status(), set::toString);
        privacy = peerEntry(fixture, peerId).getJsonObject("privacy");
        assertEquals("VIEW_SHARING", privacy.getString("sharingMode"), privacy::toString);
        assertEquals(List.of("BASIC_STATUS", "NOTE"), privacy.getJsonArray("allowedAttributes")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .sorted().toList());
    }

    private static JsonObject peerEntry(SnapshotFixture fixture, long peerId) {
        JsonObject candidate = fixture.admin.get("snapshots/" + fixture.local + "/candidate").json();
        String content = candidate.getString("content");
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(content))) {
            return reader.readObject().getJsonArray("peers").getValuesAs(JsonObject.class).stream()
                    .filter(peer -> peer.getJsonNumber("peerNetworkId").longValue() == peerId)
                    .findFirst().orElseThrow(() -> new AssertionError("peer " + peerId + " missing: " + content));
        }
    }

    @Test
    void aGatedPublishIsRefusedWithEveryReasonAndWritesNothing() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long first = fixture.activePeer()[0];
        long second = fixture.activePeer()[0];
        fixture.distrust(first);
        fixture.distrust(second);

        var refused = fixture.publish();
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        List<JsonObject> reasons = refused.json().getJsonArray("reasons").getValuesAs(JsonObject.class);
        assertEquals(2, reasons.stream().filter(r -> r.getString("code").equals("PEER_WITHOUT_TRUSTED_DOMAIN"))
                .count(), refused::toString);
        JsonObject overview = fixture.overview();
        assertTrue(!overview.containsKey("current") || overview.isNull("current"), overview::toString);
        assertEquals(0, overview.getJsonObject("history").getInt("total"));
        assertEquals(0, fixture.audit("SNAPSHOT_").size());

        assertEquals(404, fixture.admin.get("snapshots/nowhere.example.org").status());
        assertEquals(422, fixture.admin.get("snapshots/bad..domain").status());
        assertEquals(422, fixture.admin.post("snapshots/" + fixture.local + "/rollback?serial=1",
                "{\"reason\":\"\"}").status());
        assertEquals(422, fixture.admin.post("snapshots/" + fixture.local + "/rollback", "{}").status());
    }

    @Test
    void aRollbackRepublishesEarlierContentUnderANewSerialAndAStaleReviewIsRefused() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long peerId = fixture.activePeer()[0];
        assertEquals(201, fixture.publish().status());
        byte[] first = fixture.bytes("snapshots/" + fixture.local + "/1");

        String reviewed = fixture.admin.get("snapshots/" + fixture.local + "/candidate").json()
                .getString("contentHash");
        var group = fixture.admin.post("public-groups", "{\"localDomain\":\"" + fixture.local
                + "\",\"uri\":\"sip:support@" + fixture.local + "\",\"maxSize\":40,\"exposedTo\":[" + peerId + "]}");
        assertEquals(201, group.status(), group::toString);
        var stale = fixture.admin.post("snapshots/" + fixture.local + "/publication",
                "{\"contentHash\":\"" + reviewed + "\"}");
        assertEquals(409, stale.status(), "the state changed after the review: " + stale);

        JsonObject diff = fixture.admin.get("snapshots/" + fixture.local + "/candidate").json();
        List<String> paths = diff.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("kind") + " " + c.getString("path")).toList();
        assertEquals(List.of("ADDED /peers[peerNetworkId=" + peerId + "]/publicGroups[uri=sip:support@"
                + fixture.local + "]"), paths, diff::toString);
        assertEquals(201, fixture.publish().status());

        var rolledBack = fixture.admin.post("snapshots/" + fixture.local + "/rollback?serial=1",
                "{\"reason\":\"The support list broke the gateways\"}");
        assertEquals(201, rolledBack.status(), rolledBack::toString);
        assertEquals(3, rolledBack.json().getInt("serial"));
        assertEquals("ROLLBACK", rolledBack.json().getString("source"));
        assertEquals(1, rolledBack.json().getInt("rolledBackTo"));
        byte[] third = fixture.bytes("snapshots/" + fixture.local + "/3");
        assertArrayEquals(first, third);
        assertTrue(fixture.opensslVerifies(third, fixture.bytes("snapshots/" + fixture.local + "/3.p7s")));

        JsonObject overview = fixture.overview();
        assertEquals(3, overview.getJsonObject("current").getInt("serial"));
        assertEquals(List.of(3, 2, 1), overview.getJsonObject("history").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getInt("serial")).toList());
        assertEquals(1, fixture.audit("SNAPSHOT_ROLLED_BACK").size());
        assertEquals(404, fixture.admin.post("snapshots/" + fixture.local + "/rollback?serial=99",
                "{\"reason\":\"x\"}").status());
    }

    @Test
    void suspendingAnAgreementPublishesAtOnceWithoutThePendingChanges() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long[] leaving = fixture.activePeer();
        long staying = fixture.activePeer()[0];
        assertEquals(201, fixture.publish().status());
        assertEquals(201, fixture.admin.post("public-groups", "{\"localDomain\":\"" + fixture.local
                + "\",\"uri\":\"sip:pending@" + fixture.local + "\",\"maxSize\":5,\"exposedTo\":[" + staying + "]}")
                .status());

        long version = fixture.admin.get("agreements/" + leaving[1]).json().getJsonNumber("version").longValue();
        var suspended = fixture.admin.post("agreements/" + leaving[1] + "/suspension?version=" + version,
                "{\"reason\":\"Abuse from their side\"}");
        assertEquals(200, suspended.status(), suspended::toString);

        JsonObject current = fixture.overview().getJsonObject("current");
        assertEquals(2, current.getInt("serial"), current::toString);
        assertEquals("AUTOMATIC", current.getString("source"));
        assertTrue(current.getString("reason").contains("AGREEMENT_SUSPENDED"), current::toString);
        String content = new String(fixture.bytes("snapshots/" + fixture.local + "/2"), StandardCharsets.UTF_8);
        assertFalse(content.contains("\"peerNetworkId\":" + leaving[0] + ","), content);
        assertTrue(content.contains("\"peerNetworkId\":" + staying + ","), content);
        assertFalse(content.contains("sip:pending@"), "pending changes wait for an explicit publish: " + content);
        assertTrue(fixture.opensslVerifies(content.getBytes(StandardCharsets.UTF_8),
                fixture.bytes("snapshots/" + fixture.local + "/2.p7s")));
        List<JsonObject> automatic = fixture.audit("SNAPSHOT_PUBLISHED_AUTOMATICALLY");
        assertEquals(1, automatic.size());
        assertEquals("admin", automatic.getFirst().getString("actor"), automatic::toString);
    }

    @Test
    void aCrlRevokingAPublishedPeersCertificateWithdrawsThatPeerAtOnce() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long revoked = fixture.activePeer()[0];
        long staying = fixture.activePeer()[0];
        assertEquals(201, fixture.publish().status());
        assertEquals(201, fixture.admin.post("public-groups", "{\"localDomain\":\"" + fixture.local
                + "\",\"uri\":\"sip:pending@" + fixture.local + "\",\"maxSize\":5,\"exposedTo\":[" + staying + "]}")
                .status());

        Openssl ca = fixture.material.get(revoked);
        ca.revokeLeafAndIssueCrl();
        var imported = fixture.admin.send(fixture.admin.request("crls").header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(ca.read("crl.pem"))));
        assertEquals(201, imported.status(), imported::toString);

        JsonObject current = fixture.overview().getJsonObject("current");
        assertEquals(2, current.getInt("serial"), current::toString);
        assertEquals("AUTOMATIC", current.getString("source"));
        assertTrue(current.getString("reason").startsWith("CRL_IMPORTED"), current::toString);
        String content = new String(fixture.bytes("snapshots/" + fixture.local + "/2"), StandardCharsets.UTF_8);
        assertFalse(content.contains("\"peerNetworkId\":" + revoked + ","), content);
        assertTrue(content.contains("\"peerNetworkId\":" + staying + ","), content);
        assertFalse(content.contains("sip:pending@"), "pending changes wait for an explicit publish");
        List<JsonObject> automatic = fixture.audit("SNAPSHOT_PUBLISHED_AUTOMATICALLY");
        assertEquals(1, automatic.size());
        assertTrue(automatic.getFirst().toString().contains("withdrawnPeers"), automatic::toString);

        var refused = fixture.publish();
        assertEquals(422, refused.status(), "the revoked peer's agreement is still ACTIVE: " + refused);
        assertTrue(refused.body().contains("PEER_WITHOUT_TRUSTED_DOMAIN"), refused::toString);
    }

    @Test
    void aDomainAdministratorSeesAndPublishesOnlyTheirOwnDomains() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        fixture.activePeer();
        String username = SnapshotFixture.unique("domain-admin");
        String other = SnapshotFixture.unique("other") + ".example.com";
        assertEquals(201, fixture.admin.post("local-domains", "{\"name\":\"" + other + "\",\"displayName\":\"O\"}")
                .status());
        assertEquals(201, fixture.admin.post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + SnapshotFixture.PASSWORD + "\",\"roles\":[\"DOMAIN_ADMIN\"],\"localDomains\":[\"" + other + "\"]}")
                .status());
        ApiClient domainAdmin = ApiClient.as(base, username, SnapshotFixture.PASSWORD);
        assertEquals(403, domainAdmin.post("snapshots/" + fixture.local + "/publication", "{}").status());
        assertEquals(403, domainAdmin.get("snapshots/" + fixture.local + "/candidate").status());
        assertEquals(201, domainAdmin.post("snapshots/" + other + "/publication", "{}").status());
        assertEquals(200, domainAdmin.get("snapshots/" + other).status());
    }
}
