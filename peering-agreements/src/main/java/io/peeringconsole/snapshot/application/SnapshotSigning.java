package io.peeringconsole.snapshot.application;

import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.application.AuditStates;
import io.peeringconsole.snapshot.domain.ConfigSnapshot;
import io.peeringconsole.snapshot.domain.CurrentSnapshot;
import io.peeringconsole.snapshot.domain.SnapshotCompiler;
import io.peeringconsole.snapshot.domain.SnapshotSource;
import io.peeringconsole.trust.application.ConsoleKeys;
import io.peeringconsole.truststore.keys.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * The one way a snapshot is written: lock the domain's pointer, take the next serial, sign the content with the
 * console's current key, write the snapshot, move the pointer, record the audit entry — all in the caller's
 * transaction, so that a crash anywhere leaves the old snapshot current and nothing half-written.
 */
@ApplicationScoped
public class SnapshotSigning {

    static final String TARGET_TYPE = "ConfigSnapshot";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    ConsoleKeys consoleKeys;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<SnapshotPublished> published;

    Clock clock = Clock.systemUTC();

    /**
     * @param withdrawn peers left out because the gate refused them (automatic publishing only)
     */
    @Transactional(TxType.MANDATORY)
    public SnapshotView publish(Actor actor, String localDomain, byte[] content, SnapshotSource source, String reason,
            Long rolledBackTo, Set<Long> withdrawn) {
        SnapshotStore store = new SnapshotStore(em);
        Optional<CurrentSnapshot> pointer = store.lockCurrent(localDomain);
        Optional<ConfigSnapshot> before = pointer.flatMap(p -> Optional.ofNullable(em.find(ConfigSnapshot.class,
                p.snapshotId())));
        long serial = pointer.map(CurrentSnapshot::nextSerial).orElse(1L);
        SigningKeys keys = consoleKeys.signingKeys();
        String keyId = keys.current().keyId();
        byte[] signature = keys.signDetachedCms(content);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConfigSnapshot snapshot = ConfigSnapshot.publish(localDomain, serial,
                new ConfigSnapshot.CompiledContent(content, SnapshotCompiler.sha256(content)),
                new ConfigSnapshot.SignedBy(actor.name(), now, signature, keyId), source, reason, rolledBackTo);
        store.append(snapshot, pointer);
        auditTrail.record(actor, AuditEvent.of(action(source), TARGET_TYPE, localDomain + "#" + serial)
                .inDomain(localDomain).before(before.map(SnapshotSigning::state).orElse(null))
                .after(AuditStates.text(describe(snapshot).add("withdrawnPeers", peers(withdrawn)))));
        published.fire(new SnapshotPublished(SnapshotReads.published(snapshot)));
        return SnapshotView.of(snapshot, serial);
    }

    private static String action(SnapshotSource source) {
        return switch (source) {
            case MANUAL -> "SNAPSHOT_PUBLISHED";
            case AUTOMATIC -> "SNAPSHOT_PUBLISHED_AUTOMATICALLY";
            case ROLLBACK -> "SNAPSHOT_ROLLED_BACK";
        };
    }

    private static String state(ConfigSnapshot snapshot) {
        return AuditStates.text(describe(snapshot));
    }

    private static JsonObjectBuilder describe(ConfigSnapshot snapshot) {
        JsonObjectBuilder json = AuditStates.object().add("localDomain", snapshot.localDomain())
                .add("serial", snapshot.serial()).add("contentHash", snapshot.contentHash())
                .add("source", snapshot.source().name()).add("signingKeyId", snapshot.signingKeyId());
        AuditStates.put(json, "reason", snapshot.reason());
        return AuditStates.put(json, "rolledBackTo", snapshot.rolledBackTo());
    }

    private static JsonArrayBuilder peers(Set<Long> withdrawn) {
        var array = AuditStates.array();
        withdrawn.stream().sorted().forEach(array::add);
        return array;
    }
}
