package io.peeringconsole.trust.application;

import io.peeringconsole.testing.RecordedEvents;
import io.peeringconsole.trust.domain.RegistryLookup;
import io.peeringconsole.trust.domain.TrustedPeer;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.certificate.CrlImporter;
import io.peeringconsole.truststore.validation.CertificateValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A PeerTrustService wired to in-memory repositories, a recording audit trail and a fixed clock. */
final class TrustServices {

    static final long PEER = 7;
    static final long OTHER_PEER = 8;

    final InMemoryTrustStore store = new InMemoryTrustStore();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final Map<Long, TrustedPeer> peers = new HashMap<>(Map.of(
            PEER, new TrustedPeer(PEER, "Example Networks", List.of("example.net", "example.org")),
            OTHER_PEER, new TrustedPeer(OTHER_PEER, "Other Networks", List.of("other.example"))));
    final Set<String> localDomains = Set.of("example.com");

    final RegistryLookup registry = new RegistryLookup() {
        @Override
        public Optional<TrustedPeer> peer(long id) {
            return Optional.ofNullable(peers.get(id));
        }

        @Override
        public Map<Long, TrustedPeer> peers(Collection<Long> ids) {
            Map<Long, TrustedPeer> found = new HashMap<>();
            ids.stream().filter(peers::containsKey).forEach(id -> found.put(id, peers.get(id)));
            return found;
        }

        @Override
        public Map<Long, String> displayNames(Collection<Long> ids) {
            Map<Long, String> names = new HashMap<>();
            ids.stream().filter(peers::containsKey).forEach(id -> names.put(id, peers.get(id).displayName()));
            return names;
        }

        @Override
        public boolean isLocalDomain(String name) {
            return localDomains.contains(name);
        }
    };

    PeerTrustService peerTrust(Instant now) {
        PeerTrustService service = new PeerTrustService();
        service.certificates = store.certificates;
        service.pins = store.pins;
        service.crls = store.crls;
        service.registry = registry;
        service.auditTrail = audit;
        service.importer = new CertificateImporter();
        service.crlImporter = new CrlImporter();
        service.validator = new CertificateValidator();
        service.revoked = new RecordedEvents<>();
        service.clock = Clock.fixed(now, ZoneOffset.UTC);
        return service;
    }
}
