package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
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
 * The trust store through the API: uploads, verdicts with reasons, refusals, roles, gateway certificates.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): certificates and signing keys are stored as bytes and
 * timestamps, and the expiring-soon list is a date query.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class TrustStoreApiIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    }

    private long peer(ApiClient api, String domain) {
        var created = api.post("peer-networks", Json.peer("Trust " + domain, domain));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static ApiClient.Reply upload(ApiClient api, String path, String pem) {
        return api.send(api.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    private static JsonObject verdictFor(ApiClient api, long peerId, String domain) {
        var trust = api.get("peer-networks/" + peerId + "/trust");
        assertEquals(200, trust.status(), trust::toString);
        return trust.json().getJsonArray("verdicts").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("domain").equals(domain)).findFirst()
                .orElseThrow(() -> new AssertionError("no verdict for " + domain + ": " + trust));
    }

    private static List<String> codes(JsonObject verdict) {
        return verdict.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList();
    }

    @Test
    void aPeerWithoutCertificatesIsNotTrustedAndIsToldWhatToDo() {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("bare");
        JsonObject verdict = verdictFor(api, peer(api, domain), domain);
        assertFalse(verdict.getBoolean("trusted"));
        assertEquals(List.of("NO_TRUST_EVIDENCE"), codes(verdict));
    }

    @Test
    void aChainToAnImportedAnchorIsTrustedAndImportsAreIdempotentAndAudited() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("chain");
        long peerId = peer(api, domain);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);

        assertEquals(201, upload(api, "peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem")).status());
        var imported = upload(api, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem"));
        assertEquals(201, imported.status(), imported::toString);
        String fingerprint = imported.json().getJsonArray("stored").getJsonObject(0).getString("sha256Fingerprint");

        JsonObject verdict = verdictFor(api, peerId, domain);
        assertTrue(verdict.getBoolean("trusted"), verdict::toString);

        var again = upload(api, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem"));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getJsonArray("stored").size());
        assertEquals(1, again.json().getJsonArray("alreadyPresent").size());

        var audit = api.get("audit?q=CERTIFICATE_IMPORTED&limit=500").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("after", "").contains(fingerprint)), audit::toString);
    }

    @Test
    void theServerAuthOnlyCertificateThatBreaksFederationIsNamed() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("serveronly");
        long peerId = peer(api, domain);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth", 200);
        upload(api, "peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem"));
        upload(api, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem"));

        JsonObject verdict = verdictFor(api, peerId, domain);
        assertFalse(verdict.getBoolean("trusted"));
        assertEquals(List.of("EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH"), codes(verdict), verdict::toString);
    }

    @Test
    void badUploadsGetAClearErrorAndStoreNothing() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("bad");
        long peerId = peer(api, domain);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 30);

        var key = upload(api, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.key"));
        assertEquals(422, key.status(), key::toString);
        assertTrue(key.json().getString("detail").toLowerCase().contains("private key"), key::toString);

        var garbage = upload(api, "peer-networks/" + peerId + "/certificates", "-----BEGIN CERTIFICATE-----\nnot base64 at all\n");
        assertEquals(422, garbage.status(), garbage::toString);
        assertEquals("application/problem+json", garbage.header("Content-Type"));

        var huge = upload(api, "peer-networks/" + peerId + "/certificates", "A".repeat(1024 * 1024 + 10));
        assertEquals(413, huge.status(), huge::toString);

        var trust = api.get("peer-networks/" + peerId + "/trust").json();
        assertEquals(0, trust.getJsonArray("certificates").size(), trust::toString);
    }

    @Test
    void rolesDecideWhoMayChangeTrust() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String domain = unique("roles");
        long peerId = peer(admin, domain);
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("accounts", "{\"username\":\"" + officer
                + "\",\"password\":\"officer password 1\",\"roles\":[\"SECURITY_OFFICER\"]}").status());
        ApiClient officerApi = ApiClient.as(base, officer, "officer password 1");
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 30);

        assertEquals(403, upload(officerApi, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem")).status());
        assertEquals(201, upload(officerApi, "trust-anchors", openssl.read("ca.pem")).status());
        assertEquals(200, officerApi.get("peer-networks/" + peerId + "/trust").status());
    }

    @Test
    void aGatewayCertificateFromACsrVerifiesWithOpenssl() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String localDomain = "gw-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        assertEquals(201, api.post("local-domains", "{\"name\":\"" + localDomain + "\",\"displayName\":\"GW\"}").status());
        Openssl openssl = Openssl.inTempDirectory();
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "gw.key",
                "-out", "gw.csr", "-subj", "/CN=whatever-the-gateway-asks");

        var issued = api.send(api.request("local-domains/" + localDomain + "/gateway-certificates?gateway=edge-1&days=7")
                .header("Content-Type", "application/pkcs10").POST(HttpRequest.BodyPublishers.ofString(openssl.read("gw.csr"))));
        assertEquals(201, issued.status(), issued::toString);
        openssl.write("gw.pem", issued.json().getString("pem"));
        openssl.write("ca.pem", issued.json().getString("caPem"));
        assertTrue(openssl.run("verify", "-CAfile", "ca.pem", "gw.pem").contains("OK"));
        String text = openssl.run("x509", "-in", "gw.pem", "-noout", "-subject", "-ext", "extendedKeyUsage");
        assertTrue(text.contains("TLS Web Client Authentication"), text);
        assertFalse(text.contains("whatever-the-gateway-asks"), "the subject is ours, not the CSR's: " + text);

        var badCsr = api.send(api.request("local-domains/" + localDomain + "/gateway-certificates?gateway=edge-2")
                .header("Content-Type", "application/pkcs10").POST(HttpRequest.BodyPublishers.ofString("garbage")));
        assertEquals(422, badCsr.status(), badCsr::toString);
    }

    @Test
    void rotatingTheSigningKeyKeepsTheOldOneForVerificationAndIsAudited() {
        ApiClient api = ApiClient.admin(base);
        var before = api.get("console-keys/signing").structure().asJsonArray().getValuesAs(JsonObject.class);
        String previous = before.stream().filter(k -> k.getBoolean("current")).findFirst().orElseThrow().getString("keyId");

        var rotated = api.post("console-keys/signing/rotation", "");
        assertEquals(200, rotated.status(), rotated::toString);
        String next = rotated.json().getString("keyId");
        assertFalse(next.equals(previous));

        var after = api.get("console-keys/signing").structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.stream().anyMatch(k -> k.getString("keyId").equals(previous) && !k.getBoolean("current")));
        var audit = api.get("audit?q=SIGNING_KEY_ROTATED").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> previous.equals(e.getString("targetId", null))), audit::toString);
        var ca = api.send(api.request("console-keys/gateway-ca.pem").setHeader("Accept", "application/x-pem-file").GET());
        assertTrue(ca.body().startsWith("-----BEGIN CERTIFICATE-----"), ca::toString);
    }

    @Test
    void certificatesExpiringSoonAreListed() throws Exception {
        ApiClient api = ApiClient.admin(base);
        String domain = unique("expiring");
        long peerId = peer(api, domain);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 5);
        upload(api, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem"));

        var soon = api.get("certificates/expiring?days=7");
        assertEquals(200, soon.status(), soon::toString);
        assertTrue(soon.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonObject("certificate").getJsonArray("dnsNames").getValuesAs(JsonString.class)
                        .stream().anyMatch(s -> s.getString().equals(domain))), soon::toString);
        assertEquals(422, api.get("certificates/expiring?days=9999").status());
    }
}
