import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publish at scale: sets up one local domain with one fully agreed peer through the REST API (anchor, certificate,
 * agreement drafted, submitted and approved by a second admin, privacy permission, public group), clones that peer
 * {@code peers - 1} times straight into the console's database, then times the real paths through REST: the
 * candidate with its diff, the publish, and the automatic re-publish a CRL import triggers.
 * Usage: java -cp h2.jar PublishScale.java baseUrl adminPassword jdbcUrl materialDir peers
 */
public class PublishScale {

    static final String LOCAL = "bench.example.com";
    static final String SUFFIX = ".bench.example.net";
    static final String APPROVER = "bench-approver";
    static final String APPROVER_PASSWORD = "bench approver password";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base;
    final String adminPassword;

    PublishScale(String base, String adminPassword) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.adminPassword = adminPassword;
    }

    public static void main(String[] args) throws Exception {
        PublishScale bench = new PublishScale(args[0], args[1]);
        String jdbc = args[2];
        Path material = Path.of(args[3]);
        int peers = Integer.parseInt(args[4]);
        long[] template = bench.template(material);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, "console", "console")) {
            c.setAutoCommit(false);
            clone(c, template[0], template[1], peers - 1);
            c.commit();
        }
        System.out.println("peers=" + peers);
        System.out.printf(Locale.ROOT, "load.seconds=%.1f%n", seconds(started));
        bench.measure(material);
    }

    /** The template peer through the API: returns {peer id, agreement id}. */
    long[] template(Path material) throws Exception {
        expect(201, post("accounts", "{\"username\":\"" + APPROVER + "\",\"password\":\"" + APPROVER_PASSWORD
                + "\",\"roles\":[\"ADMIN\"],\"localDomains\":[]}", "admin", adminPassword));
        expect(201, post("local-domains", "{\"name\":\"" + LOCAL + "\",\"displayName\":\"Bench\"}", "admin",
                adminPassword));
        expect(201, pem("trust-anchors", Files.readString(material.resolve("ca.pem"))));
        String domain = "peer-template" + SUFFIX;
        String peer = expect(201, post("peer-networks", "{\"displayName\":\"Bench peer template\",\"kind\":"
                + "\"PEER_NETWORK\",\"domains\":[\"" + domain + "\"],\"contacts\":[{\"name\":\"NOC\",\"email\":"
                + "\"noc@example.net\"}],\"notes\":null}", "admin", adminPassword));
        long peerId = number(peer, "id");
        expect(201, pem("peer-networks/" + peerId + "/certificates", Files.readString(material.resolve("leaf.pem"))));
        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":50}";
        String drafted = expect(201, post("agreements", "{\"localDomain\":\"" + LOCAL + "\",\"peerNetworkId\":"
                + peerId + ",\"inbound\":" + grant + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\","
                + "\"validFrom\":\"" + LocalDate.now() + "\",\"validUntil\":\"" + LocalDate.now().plusYears(1)
                + "\"}", "admin", adminPassword));
        long agreementId = number(drafted, "id");
        String submitted = expect(200, post("agreements/" + agreementId + "/submission?version=0", "", "admin",
                adminPassword));
        String approved = expect(200, post("agreements/" + agreementId + "/approval?version="
                + number(submitted, "version"), "", APPROVER, APPROVER_PASSWORD));
        if (!approved.contains("\"ACTIVE\"")) {
            throw new IllegalStateException("The template agreement did not become ACTIVE: " + approved);
        }
        expect(200, send(request("local-domains/" + LOCAL + "/privacy-permissions/" + peerId, "admin",
                adminPassword).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"attributes\":[\"BASIC_STATUS\",\"NOTE\"],\"mode\":\"PER_WATCHER\"}"))));
        expect(201, post("public-groups", "{\"localDomain\":\"" + LOCAL + "\",\"uri\":\"sip:support-list@" + LOCAL
                + "\",\"maxSize\":100,\"exposedTo\":[" + peerId + "]}", "admin", adminPassword));
        return new long[] {peerId, agreementId};
    }

    void measure(Path material) throws Exception {
        time("candidate.first", () -> expect(200, get("snapshots/" + LOCAL + "/candidate")));
        String candidate = time("candidate.again", () -> expect(200, get("snapshots/" + LOCAL + "/candidate")));
        System.out.println("candidate.bytes=" + candidate.length());
        time("publish", () -> expect(201, post("snapshots/" + LOCAL + "/publication", "{}", "admin",
                adminPassword)));
        time("candidate.afterPublish", () -> expect(200, get("snapshots/" + LOCAL + "/candidate")));
        // A CRL revoking a certificate makes the console re-check every published domain at once (automatic
        // publishing); this one revokes a certificate no bench peer uses, so nothing is withdrawn.
        time("crlImport.automaticRecheck", () -> expect(201, pem("crls",
                Files.readString(material.resolve("crl.pem")))));
    }

    static void clone(Connection c, long peerId, long agreementId, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement peer = c.prepareStatement("INSERT INTO peer_network (display_name, search_name, kind,"
                + " primary_domain, notes, version, created_at, updated_at) VALUES (?, ?, 'PEER_NETWORK', ?, NULL, 0,"
                + " ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String domain = String.format(Locale.ROOT, "peer-%06d%s", i, SUFFIX);
                peer.setString(1, "Bench peer " + domain);
                peer.setString(2, ("Bench peer " + domain).toLowerCase(Locale.ROOT));
                peer.setString(3, domain);
                peer.setTimestamp(4, now);
                peer.setTimestamp(5, now);
                peer.addBatch();
                if ((i + 1) % 1000 == 0) {
                    peer.executeBatch();
                }
            }
            peer.executeBatch();
        }
        String bench = " FROM peer_network p WHERE p.primary_domain LIKE 'peer-0%' AND p.primary_domain LIKE '%"
                + SUFFIX + "'";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO peer_domain (name, peer_network_id, position) SELECT p.primary_domain, p.id, 0"
                    + bench);
            s.executeUpdate("INSERT INTO trusted_certificate (peer_network_id, purpose, pem, sha256_fingerprint,"
                    + " spki_pin, subject, issuer, not_before, not_after, imported_by, imported_at, version)"
                    + " SELECT p.id, t.purpose, t.pem, t.sha256_fingerprint, t.spki_pin, t.subject, t.issuer,"
                    + " t.not_before, t.not_after, t.imported_by, t.imported_at, 0"
                    + " FROM peer_network p, trusted_certificate t WHERE t.peer_network_id = " + peerId
                    + " AND p.primary_domain LIKE 'peer-0%'");
            s.executeUpdate("INSERT INTO peering_agreement (local_domain, peer_network_id, clearing_house_id,"
                    + " tls_version, valid_from, valid_until, status, status_reason, status_changed_by,"
                    + " status_changed_at, proposed_by, requires_security_approval, open_pair_key, drafted_by,"
                    + " version, created_at, updated_at)"
                    + " SELECT a.local_domain, p.id, NULL, a.tls_version, a.valid_from, a.valid_until, a.status,"
                    + " a.status_reason, a.status_changed_by, a.status_changed_at, a.proposed_by,"
                    + " a.requires_security_approval, CONCAT(a.local_domain, '|', CAST(p.id AS VARCHAR(20))),"
                    + " a.drafted_by, a.version, a.created_at, a.updated_at"
                    + " FROM peer_network p, peering_agreement a WHERE a.id = " + agreementId
                    + " AND p.primary_domain LIKE 'peer-0%'");
            String clones = " FROM peering_agreement a JOIN peer_network p ON p.id = a.peer_network_id"
                    + " AND p.primary_domain LIKE 'peer-0%'";
            s.executeUpdate("INSERT INTO agreement_grant (agreement_id, direction, max_list_size, personal_lists,"
                    + " public_lists, ad_hoc_lists, max_concurrent_sessions, max_file_size_bytes, messages_per_second)"
                    + " SELECT a.id, g.direction, g.max_list_size, g.personal_lists, g.public_lists, g.ad_hoc_lists,"
                    + " g.max_concurrent_sessions, g.max_file_size_bytes, g.messages_per_second" + clones
                    + " JOIN agreement_grant g ON g.agreement_id = " + agreementId);
            s.executeUpdate("INSERT INTO agreement_grant_service (grant_id, service) SELECT n.id, gs.service" + clones
                    + " JOIN agreement_grant n ON n.agreement_id = a.id"
                    + " JOIN agreement_grant g ON g.agreement_id = " + agreementId + " AND g.direction = n.direction"
                    + " JOIN agreement_grant_service gs ON gs.grant_id = g.id");
            s.executeUpdate("INSERT INTO privacy_permission (local_domain, peer_network_id, allowed_attributes,"
                    + " sharing_mode, delegation_approved_by, changed_by, changed_at, version)"
                    + " SELECT s.local_domain, p.id, s.allowed_attributes, s.sharing_mode, s.delegation_approved_by,"
                    + " s.changed_by, s.changed_at, 0 FROM peer_network p, privacy_permission s"
                    + " WHERE s.peer_network_id = " + peerId + " AND p.primary_domain LIKE 'peer-0%'");
            s.executeUpdate("INSERT INTO public_group_exposure (public_group_id, peer_network_id)"
                    + " SELECT e.public_group_id, p.id FROM peer_network p, public_group_exposure e"
                    + " WHERE e.peer_network_id = " + peerId + " AND p.primary_domain LIKE 'peer-0%'");
        }
    }

    interface Call {
        String run() throws Exception;
    }

    static String time(String name, Call call) throws Exception {
        long started = System.nanoTime();
        String body = call.run();
        System.out.printf(Locale.ROOT, "%s.seconds=%.2f%n", name, seconds(started));
        return body;
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    HttpRequest.Builder request(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path, "admin", adminPassword).GET());
    }

    HttpResponse<String> post(String path, String json, String user, String password) throws Exception {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> pem(String path, String pem) throws Exception {
        return send(request(path, "admin", adminPassword).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response.body();
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
