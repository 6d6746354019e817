package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.snapshot.domain.PeerConfiguration.ExposedGroup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Compiles a local domain's active state into the snapshot document of docs/snapshot.schema.json. Every list is
 * sorted by a stable key and the output is RFC 8785 canonical JSON, so the same state gives the same bytes whatever
 * order the database returned it in.
 */
public final class SnapshotCompiler {

    /** Raise when the document changes shape; gateways refuse versions they do not know. */
    public static final int SCHEMA_VERSION = 1;

    /** One factory for all builders: Json.createObjectBuilder() looks the provider up anew on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private SnapshotCompiler() {
    }

    public static CompiledSnapshot compile(SnapshotInput input) {
        JsonObject document = document(input);
        byte[] content = CanonicalJson.bytes(document);
        return new CompiledSnapshot(document, content, sha256(content));
    }

    /** The document before canonicalisation; for comparing against plain JSON serialisation in benchmarks. */
    public static JsonObject document(SnapshotInput input) {
        JsonArrayBuilder peers = JSON.createArrayBuilder();
        input.peers().stream().sorted(Comparator.comparingLong(PeerConfiguration::peerNetworkId))
                .forEach(peer -> peers.add(peer(peer)));
        return JSON.createObjectBuilder()
                .add("schemaVersion", SCHEMA_VERSION)
                .add("localDomain", input.localDomain())
                .add("peers", peers)
                .build();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform provides SHA-256.", impossible);
        }
    }

    private static JsonObjectBuilder peer(PeerConfiguration peer) {
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        peer.publicGroups().stream().sorted(Comparator.comparing(ExposedGroup::uri))
                .forEach(g -> groups.add(JSON.createObjectBuilder().add("uri", g.uri()).add("maxSize", g.maxSize())));
        return JSON.createObjectBuilder()
                .add("peerNetworkId", peer.peerNetworkId())
                .add("name", peer.name())
                .add("domains", sorted(peer.domains()))
                .add("agreement", agreement(peer.agreement()))
                .add("route", route(peer.hub()))
                .add("trust", trust(peer.trust()))
                .add("privacy", JSON.createObjectBuilder()
                        .add("sharingMode", peer.privacy().mode().name())
                        .add("allowedAttributes", sorted(peer.privacy().allowedAttributes().stream()
                                .map(Enum::name).toList())))
                .add("publicGroups", groups);
    }

    private static JsonObjectBuilder agreement(AgreementInForce agreement) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", agreement.id())
                .add("tlsVersion", agreement.tlsVersion().name())
                .add("validFrom", agreement.validFrom().toString())
                .add("inbound", grant(agreement.inbound()))
                .add("outbound", grant(agreement.outbound()));
        return agreement.validUntil() == null ? json.addNull("validUntil")
                : json.add("validUntil", agreement.validUntil().toString());
    }

    private static JsonObjectBuilder grant(ServiceGrant grant) {
        JsonObjectBuilder limits = JSON.createObjectBuilder();
        if (grant.presenceList() != null) {
            limits.add("maxListSize", grant.presenceList().maxListSize())
                    .add("listKinds", sorted(grant.presenceList().allowedKinds().stream().map(Enum::name).toList()));
        }
        if (grant.sessions() != null) {
            limits.add("maxConcurrentSessions", grant.sessions().maxConcurrentSessions());
        }
        if (grant.fileTransfer() != null) {
            limits.add("maxFileSizeBytes", grant.fileTransfer().maxSizeBytes());
        }
        if (grant.messageRate() != null) {
            limits.add("messagesPerSecond", grant.messageRate().messagesPerSecond());
        }
        return JSON.createObjectBuilder()
                .add("services", sorted(grant.services().stream().map(Enum::name).toList()))
                .add("limits", limits);
    }

    private static JsonObjectBuilder route(HubRoute hub) {
        if (hub == null) {
            return JSON.createObjectBuilder().add("type", "DIRECT");
        }
        return JSON.createObjectBuilder()
                .add("type", "CLEARING_HOUSE")
                .add("clearingHouse", JSON.createObjectBuilder()
                        .add("peerNetworkId", hub.peerNetworkId())
                        .add("name", hub.name())
                        .add("domains", sorted(hub.domains()))
                        .add("transitiveTrust", hub.policy().transitiveTrust().name())
                        .add("services", sorted(hub.policy().services().stream().map(Enum::name).toList()))
                        .add("trust", trust(hub.trust())));
    }

    private static JsonObjectBuilder trust(PeerTrust trust) {
        return JSON.createObjectBuilder()
                .add("anchors", material(trust.anchors()))
                .add("certificates", material(trust.certificates()))
                .add("pins", sorted(trust.pins()));
    }

    private static JsonArrayBuilder material(List<TrustMaterial> items) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.stream().sorted(Comparator.comparing(TrustMaterial::sha256)).forEach(item -> {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("sha256", item.sha256())
                    .add("spkiPin", item.spkiPin())
                    .add("subject", item.subject())
                    .add("notBefore", text(item.notBefore()))
                    .add("notAfter", text(item.notAfter()))
                    .add("pem", item.pem());
            array.add(item.overlapUntil() == null ? json.addNull("overlapUntil")
                    : json.add("overlapUntil", text(item.overlapUntil())));
        });
        return array;
    }

    private static JsonArrayBuilder sorted(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }

    private static String text(Instant instant) {
        return instant.toString();
    }
}
