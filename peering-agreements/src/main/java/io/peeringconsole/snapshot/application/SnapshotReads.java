package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.ConfigSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The reads gateways' requests make: no operator, no audit (pulls are counted, not audited). */
@ApplicationScoped
public class SnapshotReads {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Transactional
    public Optional<Long> currentSerial(String localDomain) {
        return new SnapshotStore(em).currentSerial(localDomain);
    }

    @Transactional
    public Optional<PublishedSnapshot> current(String localDomain) {
        return new SnapshotStore(em).current(localDomain).map(SnapshotReads::published);
    }

    @Transactional
    public Optional<PublishedSnapshot> find(String localDomain, long serial) {
        return new SnapshotStore(em).find(localDomain, serial).map(SnapshotReads::published);
    }

    static PublishedSnapshot published(ConfigSnapshot snapshot) {
        return new PublishedSnapshot(snapshot.localDomain(), snapshot.serial(), snapshot.contentHash(),
                snapshot.content(), snapshot.signature(), snapshot.publishedAt());
    }
}
