package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gateways with client certificates, against the uber-jar as operators run it: its HTTPS listener asks for a client
 * certificate of the gateway CA only, and the console maps the certificate to the gateway it was issued to, for that
 * gateway's domain only, until the gateway is disabled.
 */
class GatewayClientCertificateIT {

    private static final String GATEWAY = "edge-tls";
    private static ConsoleProcess console;
    private static Path data;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("console-tls-");
        console = ConsoleProcess.start(data, System.getProperty("it.admin.password"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void aCertificateGatewayPullsItsOwnDomainOverHttpsUntilItIsDisabled() throws Exception {
        SnapshotFixture mine = new SnapshotFixture(console.url());
        mine.activePeer();
        assertEquals(201, mine.publish().status());
        SnapshotFixture theirs = new SnapshotFixture(console.url());
        theirs.activePeer();
        assertEquals(201, theirs.publish().status());
        theirs.activePeer();
        assertEquals(201, theirs.publish().status(), "serial 2 exists for the other domain only");

        Openssl gateway = Openssl.inTempDirectory();
        var registered = mine.admin.post("gateways", Json.createObjectBuilder().add("localDomain", mine.local)
                .add("name", GATEWAY).add("authKind", "CLIENT_CERTIFICATE").add("csr", csr(gateway, "gw"))
                .add("validityDays", 7).build().toString());
        assertEquals(201, registered.status(), registered::toString);
        JsonObject certified = registered.json();
        assertEquals("CLIENT_CERTIFICATE", certified.getJsonObject("gateway").getString("authKind"));
        assertTrue(certified.getString("caPem").contains("BEGIN CERTIFICATE"));
        assertTrue(!certified.containsKey("token"), "a certificate gateway gets no token");
        long id = certified.getJsonObject("gateway").getJsonNumber("id").longValue();
        HttpClient client = https(keyStore(gateway, "gw", certified.getString("certificatePem")));

        HttpResponse<byte[]> pulled = get(client, "api/v1/gateway/snapshot");
        assertEquals(200, pulled.statusCode(), () -> new String(pulled.body()));
        assertArrayEquals(mine.bytes("snapshots/" + mine.local + "/1"), pulled.body(), "its own domain's snapshot");
        assertEquals(202, post(client, "{\"serial\":1,\"outcome\":\"APPLIED\"}").statusCode());
        HttpResponse<byte[]> foreign = post(client, "{\"serial\":2,\"outcome\":\"APPLIED\"}");
        assertEquals(422, foreign.statusCode(), "serial 2 was published for the other domain only");
        JsonObject entry = mine.admin.get("gateways/" + id).json();
        assertEquals(1, entry.getJsonNumber("appliedSerial").longValue());

        HttpResponse<byte[]> anonymous = get(https(null), "api/v1/gateway/snapshot");
        assertEquals(401, anonymous.statusCode(), "no token, no certificate");
        assertTrue(new String(anonymous.body()).contains("client certificate"));
        assertRefused(https(keyStore(gateway, "rogue", selfMadeCaCertificate(gateway, mine.local))));

        long version = entry.getJsonNumber("version").longValue();
        var renewed = mine.admin.send(mine.admin.request("gateways/" + id + "/certificate?version=" + version)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(csr(gateway, "gw2"))));
        assertEquals(200, renewed.status(), renewed::toString);
        HttpClient renewedClient = https(keyStore(gateway, "gw2", renewed.json().getString("certificatePem")));
        assertEquals(200, get(renewedClient, "api/v1/gateway/snapshot").statusCode());
        assertEquals(200, get(client, "api/v1/gateway/snapshot").statusCode(), "the replaced one, until it ends");

        version = renewed.json().getJsonObject("gateway").getJsonNumber("version").longValue();
        assertEquals(200, mine.admin.post("gateways/" + id + "/disable?version=" + version, "").status());
        HttpResponse<byte[]> disabled = get(renewedClient, "api/v1/gateway/snapshot");
        assertEquals(401, disabled.statusCode());
        assertTrue(new String(disabled.body()).contains("is disabled"), () -> new String(disabled.body()));
        List<String> audited = mine.admin.get("audit?q=GATEWAY_CERTIFICATE&limit=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(audited.contains("GATEWAY_CERTIFICATE_RENEWED"), audited::toString);
    }

    @Test
    void badRegistrationsAndRenewalsAreRefusedAndLeaveNothingBehind() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(console.url());
        ApiClient admin = fixture.admin;
        Openssl gateway = Openssl.inTempDirectory();
        String csr = csr(gateway, "gw");
        var tooLong = admin.post("gateways", registration(fixture.local, "edge-long", csr).add("validityDays", 31)
                .build().toString());
        assertEquals(422, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.body().contains("at most 30 days"), tooLong::toString);
        var dotted = admin.post("gateways", registration(fixture.local, "edge.1", csr).build().toString());
        assertEquals(422, dotted.status(), dotted::toString);
        assertTrue(dotted.body().contains("DNS label"), dotted::toString);
        var key = admin.post("gateways", registration(fixture.local, "edge-key", gateway.read("gw.key")).build()
                .toString());
        assertEquals(422, key.status(), key::toString);
        assertTrue(key.body().contains("private key"), key::toString);
        var noCsr = admin.post("gateways", Json.createObjectBuilder().add("localDomain", fixture.local)
                .add("name", "edge-nocsr").add("authKind", "CLIENT_CERTIFICATE").build().toString());
        assertEquals(422, noCsr.status(), noCsr::toString);
        var csrForToken = admin.post("gateways", Json.createObjectBuilder().add("localDomain", fixture.local)
                .add("name", "edge-token").add("csr", csr).build().toString());
        assertEquals(422, csrForToken.status(), csrForToken::toString);
        assertEquals(0, admin.get("gateways?localDomain=" + fixture.local).json().getJsonNumber("total").longValue());

        var first = admin.post("gateways", registration(fixture.local, "edge-twice", csr).build().toString());
        assertEquals(201, first.status(), first::toString);
        var twice = admin.post("gateways", registration(fixture.local, "edge-twice", csr).build().toString());
        assertEquals(409, twice.status(), twice::toString);
        long issued = admin.get("audit?q=GATEWAY_CERTIFICATE_ISSUED&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.toString().contains(fixture.local)).count();
        assertEquals(1, issued, "the refused duplicate's certificate was rolled back with it");

        long id = first.json().getJsonObject("gateway").getJsonNumber("id").longValue();
        var rotate = admin.post("gateways/" + id + "/token?version=0", "");
        assertEquals(409, rotate.status(), rotate::toString);
        assertTrue(rotate.body().contains("renew its certificate"), rotate::toString);
        var tokenGateway = admin.post("gateways", "{\"localDomain\":\"" + fixture.local + "\",\"name\":\"edge-tok\"}");
        assertEquals(201, tokenGateway.status(), tokenGateway::toString);
        long tokenId = tokenGateway.json().getJsonObject("gateway").getJsonNumber("id").longValue();
        var renewToken = admin.send(admin.request("gateways/" + tokenId + "/certificate?version=0")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(csr)));
        assertEquals(409, renewToken.status(), renewToken::toString);
        assertTrue(renewToken.body().contains("rotate its token"), renewToken::toString);
        HttpClient tokenOverHttps = https(null);
        HttpResponse<byte[]> withToken = tokenOverHttps.send(HttpRequest.newBuilder(console.httpsUri()
                .resolve("api/v1/gateway/snapshot")).header("Authorization", "Bearer "
                + tokenGateway.json().getString("token")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, withToken.statusCode(), "a token gateway uses the HTTPS port without a certificate too");
    }

    private static JsonObjectBuilder registration(String domain, String name, String csr) {
        return Json.createObjectBuilder().add("localDomain", domain).add("name", name)
                .add("authKind", "CLIENT_CERTIFICATE").add("csr", csr);
    }

    @Test
    void theListenerAsksForCertificatesOfTheGatewayCaOnly() throws Exception {
        Process probe = new ProcessBuilder("openssl", "s_client", "-connect", console.httpsUri().getAuthority(),
                "-servername", "localhost").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(probe.getInputStream().readAllBytes());
        probe.waitFor();
        int start = output.indexOf("Acceptable client certificate CA names");
        assertTrue(start >= 0, output);
        List<String> names = output.substring(start).lines().skip(1).takeWhile(line -> !line.startsWith("Requested")
                && !line.startsWith("Client Certificate Types") && !line.startsWith("---")).toList();
        assertEquals(1, names.size(), names::toString);
        assertTrue(names.getFirst().contains("Peering Console gateway CA"), names::toString);
    }

    private static void assertRefused(HttpClient client) throws Exception {
        try {
            HttpResponse<byte[]> answer = get(client, "api/v1/gateway/snapshot");
            assertEquals(401, answer.statusCode(), "a certificate of a CA the console does not know");
        } catch (IOException refusedInTheHandshake) {
            // The listener trusts the gateway CA only, so the handshake itself may fail: also a refusal.
        }
    }

    private static String csr(Openssl openssl, String name) throws Exception {
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                name + ".key", "-out", name + ".csr", "-subj", "/CN=whatever-the-gateway-asks");
        return openssl.read(name + ".csr");
    }

    /** A certificate naming our gateway exactly as the console's CA would, but from a CA of the test's own. */
    private static String selfMadeCaCertificate(Openssl openssl, String domain) throws Exception {
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "rogue-ca.key", "-out", "rogue-ca.pem", "-days", "2", "-subj", "/CN=Peering Console gateway CA");
        csr(openssl, "rogue");
        openssl.write("rogue.ext", "subjectAltName=URI:urn:peering-console:gateway:" + domain + ":" + GATEWAY
                + "\nextendedKeyUsage=clientAuth\n");
        openssl.run("x509", "-req", "-in", "rogue.csr", "-CA", "rogue-ca.pem", "-CAkey", "rogue-ca.key",
                "-CAcreateserial", "-out", "rogue.pem", "-days", "1", "-extfile", "rogue.ext");
        return openssl.read("rogue.pem");
    }

    private static KeyStore keyStore(Openssl openssl, String name, String certificatePem) throws Exception {
        openssl.write(name + ".pem", certificatePem);
        openssl.run("pkcs12", "-export", "-in", name + ".pem", "-inkey", name + ".key", "-out", name + ".p12",
                "-passout", "pass:changeit");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(openssl.file(name + ".p12"))) {
            store.load(in, "changeit".toCharArray());
        }
        return store;
    }

    /** A client that trusts the console's own server certificate and presents {@code keys} (null: nothing). */
    private static HttpClient https(KeyStore keys) throws Exception {
        Path keyDirectory = data.resolve("keys");
        char[] serverPassword = Files.readString(keyDirectory.resolve("tls-server.password")).strip().toCharArray();
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyDirectory.resolve("tls-server.p12"))) {
            server.load(in, serverPassword);
        }
        Certificate serverCertificate = server.getCertificate("console-tls");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("console", serverCertificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        KeyManagerFactory key = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (keys != null) {
            key.init(keys, "changeit".toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : key.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(console.httpsUri().resolve(path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(HttpClient client, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(console.httpsUri().resolve("api/v1/gateway/status"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
