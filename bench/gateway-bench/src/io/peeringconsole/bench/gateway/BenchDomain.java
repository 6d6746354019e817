package io.peeringconsole.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A local domain with one trusted peer under an ACTIVE agreement, built over the REST API exactly as an administrator
 * would (a second administrator approves: four eyes), its gateways, and the "real change" a publish carries: the
 * peer's privacy-sharing permission, toggled between two attribute lists.
 */
final class BenchDomain {

    static final String APPROVER = "bench-approver";
    private static final int BATCH = 1000;
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final AdminApi admin;
    private final String local;
    private final long peerId;
    private int changes;

    private BenchDomain(AdminApi admin, String local, long peerId) {
        this.admin = admin;
        this.local = local;
        this.peerId = peerId;
    }

    static BenchDomain existing(AdminApi admin, String local, long peerId) {
        return new BenchDomain(admin, local, peerId);
    }

    /** Creates everything; {@code pems} holds ca.pem and leaf.pem made by openssl for {@code peerDomain}. */
    static BenchDomain create(AdminApi admin, String approverPassword, String local, String peerDomain, Path pems)
            throws IOException {
        admin.post("accounts", "{\"username\":\"" + APPROVER + "\",\"password\":\"" + approverPassword
                + "\",\"roles\":[\"ADMIN\"],\"localDomains\":[]}").expect(201, "second administrator");
        AdminApi approver = new AdminApi(admin.base(), APPROVER, approverPassword);
        admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"Benchmark\"}")
                .expect(201, "local domain");
        long peer = admin.post("peer-networks", "{\"displayName\":\"Peer " + peerDomain + "\",\"kind\":"
                + "\"PEER_NETWORK\",\"domains\":[\"" + peerDomain + "\"],\"contacts\":[{\"name\":\"NOC\",\"email\":"
                + "\"noc@" + peerDomain + "\"}],\"notes\":\"gateway benchmark\"}").expect(201, "peer").number("id");
        admin.upload("peer-networks/" + peer + "/trust-anchors", Files.readString(pems.resolve("ca.pem")))
                .expect(201, "trust anchor");
        admin.upload("peer-networks/" + peer + "/certificates", Files.readString(pems.resolve("leaf.pem")))
                .expect(201, "peer certificate");
        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":50}";
        long agreement = admin.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":" + peer
                + ",\"inbound\":" + grant + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\""
                + LocalDate.now() + "\",\"validUntil\":\"" + LocalDate.now().plusYears(1) + "\"}")
                .expect(201, "agreement").number("id");
        long version = admin.post("agreements/" + agreement + "/submission?version=0", "")
                .expect(200, "submission").number("version");
        approver.post("agreements/" + agreement + "/approval?version=" + version, "").expect(200, "approval");
        return new BenchDomain(admin, local, peer);
    }

    String local() {
        return local;
    }

    long peerId() {
        return peerId;
    }

    /** Changes what the snapshot says (the peer's attribute allow-list), so that the next publish is a real one. */
    void change() {
        AdminApi.Reply current = admin.get("local-domains/" + local + "/privacy-permissions/" + peerId)
                .expect(200, "privacy permission");
        String version = current.body().contains("\"defaultDeny\":true") ? "null" : "" + current.number("version");
        String attributes = changes++ % 2 == 0 ? "\"BASIC_STATUS\",\"NOTE\"" : "\"BASIC_STATUS\"";
        admin.put("local-domains/" + local + "/privacy-permissions/" + peerId, "{\"attributes\":[" + attributes
                + "],\"mode\":\"PER_WATCHER\",\"version\":" + version + "}").expect(200, "privacy change");
    }

    /** Publishes the domain; returns the new serial. */
    AdminApi.Reply publish() {
        return admin.post("snapshots/" + local + "/publication", "{}").expect(201, "publish");
    }

    /**
     * Registers gateways {@code from}..{@code to - 1} with the batch endpoint, 1,000 per request (its limit), one
     * request after the other: each batch holds the audit trail's chain head for its whole transaction, so a second
     * one at the same moment would wait for it and could time out (503).
     */
    List<String> registerGateways(int from, int to) {
        List<String> tokens = new ArrayList<>();
        for (int start = from; start < to; start += BATCH) {
            tokens.addAll(registerBatch(start, Math.min(to, start + BATCH)));
        }
        return tokens;
    }

    private List<String> registerBatch(int from, int to) {
        StringBuilder names = new StringBuilder();
        for (int i = from; i < to; i++) {
            names.append(names.isEmpty() ? "" : ",").append(String.format("\"bench-gw-%05d\"", i));
        }
        AdminApi.Reply reply = admin.post("gateways/batch", "{\"localDomain\":\"" + local + "\",\"names\":["
                + names + "]}").expect(201, "gateways " + from + ".." + (to - 1));
        List<String> tokens = TOKEN.matcher(reply.body()).results().map(m -> m.group(1)).toList();
        if (tokens.size() != to - from) {
            throw new IllegalStateException("Expected " + (to - from) + " tokens, got " + tokens.size());
        }
        return tokens;
    }
}
