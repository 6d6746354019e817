package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds, through the REST API, a local domain with trusted peers under ACTIVE agreements, ready to publish. */
public final class SnapshotFixture {

    static final String PASSWORD = "correct horse battery";

    public final ApiClient admin;
    final ApiClient secondAdmin;
    /** Each peer's CA and leaf, by peer id, e.g. to revoke the leaf later. */
    final Map<Long, Openssl> material = new HashMap<>();
    public final String local;

    public SnapshotFixture(URL base) {
        admin = ApiClient.admin(base);
        String username = unique("approver");
        var account = admin.post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"ADMIN\"],\"localDomains\":[]}");
        assertEquals(201, account.status(), account::toString);
        secondAdmin = ApiClient.as(base, username, PASSWORD);
        local = unique("local") + ".example.com";
        var domain = admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"Local\"}");
        assertEquals(201, domain.status(), domain::toString);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A peer network with a trusted certificate and an ACTIVE agreement; returns {peer id, agreement id}. */
    public long[] activePeer() throws Exception {
        String domain = unique("peer") + ".example.net";
        var peer = admin.post("peer-networks", Json.peer("Peer " + domain, domain));
        assertEquals(201, peer.status(), peer::toString);
        long peerId = peer.json().getJsonNumber("id").longValue();
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);
        material.put(peerId, openssl);
        assertEquals(201, upload("peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem")));
        assertEquals(201, upload("peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem")));
        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":50}";
        var drafted = admin.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":" + peerId
                + ",\"inbound\":" + grant + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\""
                + LocalDate.now() + "\",\"validUntil\":\"" + LocalDate.now().plusYears(1) + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        var submitted = admin.post("agreements/" + id + "/submission?version=0", "");
        assertEquals(200, submitted.status(), submitted::toString);
        var approved = secondAdmin.post("agreements/" + id + "/approval?version="
                + submitted.json().getJsonNumber("version").longValue(), "");
        assertEquals("ACTIVE", approved.json().getString("status"), approved::toString);
        return new long[] {peerId, id};
    }

    /** Removes every certificate and anchor of the peer, so that none of its domains is trusted any more. */
    void distrust(long peerId) {
        JsonObject trust = admin.get("peer-networks/" + peerId + "/trust").json();
        for (String list : List.of("certificates", "anchors")) {
            for (JsonObject certificate : trust.getJsonArray(list).getValuesAs(JsonObject.class)) {
                if (!certificate.containsKey("peerNetworkId") || certificate.isNull("peerNetworkId")) {
                    continue;
                }
                var removed = admin.send(admin.request("certificates/" + certificate.getJsonNumber("id"))
                        .header("If-Match", "\"" + certificate.getJsonNumber("version") + "\"").DELETE());
                assertEquals(204, removed.status(), removed::toString);
            }
        }
    }

    public ApiClient.Reply publish() {
        return admin.post("snapshots/" + local + "/publication", "{}");
    }

    public JsonObject overview() {
        return admin.get("snapshots/" + local).json();
    }

    byte[] bytes(String path) {
        HttpResponse<byte[]> response = admin.bytes(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + new String(response.body()));
        return response.body();
    }

    /** Runs the gateway's verification command on the served bytes; true when openssl accepts them. */
    boolean opensslVerifies(byte[] content, byte[] signature) throws Exception {
        Openssl openssl = Openssl.inTempDirectory();
        Files.write(openssl.file("snapshot.json"), content);
        Files.write(openssl.file("snapshot.p7s"), signature);
        Files.write(openssl.file("console-ca.pem"), bytes("console-keys/signing.pem"));
        return openssl.tryRun("cms", "-verify", "-binary", "-inform", "DER", "-content", "snapshot.json", "-in",
                "snapshot.p7s", "-CAfile", "console-ca.pem", "-purpose", "any", "-out", "/dev/null").exitCode() == 0;
    }

    public List<JsonObject> audit(String action) {
        return admin.get("audit?q=" + action + "&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("targetId", "").startsWith(local + "#")).toList();
    }

    private int upload(String path, String pem) {
        return admin.send(admin.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem))).status();
    }
}
