package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.EntityIds;
import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.trust.domain.ImportedCrls;
import io.peeringconsole.trust.domain.SpkiPin;
import io.peeringconsole.trust.domain.TrustPin;
import io.peeringconsole.trust.domain.TrustPins;
import io.peeringconsole.trust.domain.TrustPurpose;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.trust.domain.TrustedCertificates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain-Java stand-ins for the trust repositories, for the service tests that need no database: they keep rows in
 * lists and give them ids as an identity column would. The JPA repositories are covered by the container tests.
 */
final class InMemoryTrustStore {

    private final AtomicLong ids = new AtomicLong(100);
    final List<TrustedCertificate> certificateRows = new ArrayList<>();
    final List<TrustPin> pinRows = new ArrayList<>();
    final List<ImportedCrl> crlRows = new ArrayList<>();

    final TrustedCertificates certificates = new TrustedCertificates() {
        @Override
        public Optional<TrustedCertificate> find(long id) {
            return certificateRows.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public List<TrustedCertificate> of(Long peerNetworkId, TrustPurpose purpose) {
            return certificateRows.stream()
                    .filter(c -> Objects.equals(c.peerNetworkId(), peerNetworkId) && c.purpose() == purpose).toList();
        }

        @Override
        public List<TrustedCertificate> ofPeers(Collection<Long> peerNetworkIds, TrustPurpose purpose) {
            return certificateRows.stream().filter(c -> c.peerNetworkId() != null
                    && peerNetworkIds.contains(c.peerNetworkId()) && c.purpose() == purpose).toList();
        }

        @Override
        public List<TrustedCertificate> withFingerprints(Long peer, TrustPurpose purpose, Collection<String> prints) {
            return of(peer, purpose).stream().filter(c -> prints.contains(c.sha256Fingerprint())).toList();
        }

        @Override
        public List<TrustedCertificate> replacing(long outgoingId) {
            return certificateRows.stream().filter(c -> Objects.equals(c.replacesId(), outgoingId)).toList();
        }

        @Override
        public List<TrustedCertificate> endingBy(Instant horizon, Instant now) {
            return certificateRows.stream().filter(c -> !c.notAfter().isAfter(horizon))
                    .filter(c -> certificateRows.stream().noneMatch(r -> Objects.equals(r.replacesId(), c.id())
                            && !r.overlapUntil().isAfter(now)))
                    .sorted(Comparator.comparing(TrustedCertificate::notAfter).thenComparing(TrustedCertificate::id))
                    .toList();
        }

        @Override
        public long countEndingBy(Instant horizon, Instant now) {
            return endingBy(horizon, now).size();
        }

        @Override
        public void addAll(List<TrustedCertificate> added) {
            added.forEach(c -> certificateRows.add(EntityIds.assign(c, ids.incrementAndGet())));
        }

        @Override
        public void remove(TrustedCertificate certificate) {
            certificateRows.remove(certificate);
        }

        @Override
        public void flush() {
            // Rows are the objects themselves: nothing is pending.
        }
    };

    final TrustPins pins = new TrustPins() {
        @Override
        public Optional<TrustPin> find(long id) {
            return pinRows.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<TrustPin> of(long peerNetworkId) {
            return pinRows.stream().filter(p -> p.peerNetworkId() == peerNetworkId).toList();
        }

        @Override
        public List<TrustPin> ofPeers(Collection<Long> peerNetworkIds) {
            return pinRows.stream().filter(p -> peerNetworkIds.contains(p.peerNetworkId())).toList();
        }

        @Override
        public boolean exists(long peerNetworkId, SpkiPin pin) {
            return of(peerNetworkId).stream().anyMatch(p -> p.spkiPin().equals(pin.value()));
        }

        @Override
        public void add(TrustPin pin) {
            pinRows.add(EntityIds.assign(pin, ids.incrementAndGet()));
        }

        @Override
        public void remove(TrustPin pin) {
            pinRows.remove(pin);
        }
    };

    final ImportedCrls crls = new ImportedCrls() {
        @Override
        public List<ImportedCrl> all() {
            return List.copyOf(crlRows);
        }

        @Override
        public Optional<ImportedCrl> find(String storedIssuer, Instant thisUpdate) {
            return crlRows.stream().filter(c -> c.issuer().equals(storedIssuer) && c.thisUpdate().equals(thisUpdate))
                    .findFirst();
        }

        @Override
        public void add(ImportedCrl crl) {
            crlRows.add(EntityIds.assign(crl, ids.incrementAndGet()));
        }
    };

    boolean isEmpty() {
        return certificateRows.isEmpty() && pinRows.isEmpty() && crlRows.isEmpty();
    }
}
