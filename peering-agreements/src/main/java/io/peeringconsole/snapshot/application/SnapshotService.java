package io.peeringconsole.snapshot.application;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.application.PageWindow;
import io.peeringconsole.snapshot.domain.CanonicalJson;
import io.peeringconsole.snapshot.domain.CompiledSnapshot;
import io.peeringconsole.snapshot.domain.ConfigSnapshot;
import io.peeringconsole.snapshot.domain.PublishGate;
import io.peeringconsole.snapshot.domain.PublishRefusal;
import io.peeringconsole.snapshot.domain.PublishRefusedException;
import io.peeringconsole.snapshot.domain.SnapshotCompiler;
import io.peeringconsole.snapshot.domain.SnapshotDiff;
import io.peeringconsole.snapshot.domain.SnapshotInput;
import io.peeringconsole.snapshot.domain.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compiles, gates, signs and publishes a local domain's configuration (C6), and rolls it back. Publishing writes the
 * new snapshot and moves the domain's pointer in one transaction, with the audit entry; gateways are woken only after
 * it commits ({@link SnapshotPublished}).
 */
@ApplicationScoped
public class SnapshotService {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    ActiveState activeState;

    @Inject
    SnapshotSigning signing;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Optional<SnapshotView> current(Operator op, String localDomain) {
        String domain = readable(op, localDomain);
        SnapshotStore store = new SnapshotStore(em);
        return store.current(domain).map(s -> SnapshotView.of(s, s.serial()));
    }

    /** Every snapshot of the domain, newest first. */
    @Transactional
    public Page<SnapshotView> history(Operator op, String localDomain, int offset, int limit) {
        String domain = readable(op, localDomain);
        PageWindow.check(offset, limit);
        SnapshotStore store = new SnapshotStore(em);
        long current = store.currentSerial(domain).orElse(0L);
        return store.history(domain, offset, limit).map(s -> SnapshotView.of(s, current));
    }

    /** The content, hash and signature of one snapshot, as gateways received it. */
    @Transactional
    public PublishedSnapshot find(Operator op, String localDomain, long serial) {
        String domain = readable(op, localDomain);
        return new SnapshotStore(em).find(domain, serial).map(SnapshotReads::published)
                .orElseThrow(() -> notPublished(domain, serial));
    }

    /** What publishing now would send, what the gate says, and the difference to the current snapshot. */
    @Transactional
    public CandidateView candidate(Operator op, String localDomain) {
        String domain = readable(op, localDomain);
        SnapshotInput input = activeState.of(domain, now());
        CompiledSnapshot compiled = SnapshotCompiler.compile(input);
        Optional<ConfigSnapshot> current = new SnapshotStore(em).current(domain);
        JsonObject before = current.map(s -> parse(s.content())).orElse(null);
        return new CandidateView(domain, compiled.text(), compiled.contentHash(), input.peers().size(),
                current.map(ConfigSnapshot::serial).orElse(null), current.map(ConfigSnapshot::contentHash).orElse(null),
                PublishGate.check(input, now()), SnapshotDiff.between(before, compiled.document()));
    }

    /**
     * Publishes the candidate, refused with every reason if the gate objects.
     *
     * @param expectedContentHash the hash of the candidate the operator reviewed, or null; when the state changed
     *                            since, the publish is refused so that nothing unseen goes out
     */
    @Transactional
    public SnapshotView publish(Operator op, String localDomain, String expectedContentHash) {
        String domain = administered(op, localDomain);
        Instant now = now();
        SnapshotInput input = activeState.of(domain, now);
        List<PublishRefusal> refusals = PublishGate.check(input, now);
        if (!refusals.isEmpty()) {
            throw new PublishRefusedException(domain, refusals);
        }
        CompiledSnapshot compiled = SnapshotCompiler.compile(input);
        if (expectedContentHash != null && !expectedContentHash.equals(compiled.contentHash())) {
            throw new ConflictException("The configuration of " + domain + " changed since"
                    + " you reviewed it (content hash " + expectedContentHash + ", now " + compiled.contentHash()
                    + "); look at the candidate and its diff again before publishing.");
        }
        return signing.publish(op.actor(), domain, compiled.content(), SnapshotSource.MANUAL, null, null, Set.of());
    }

    /** Publishes the content of snapshot {@code serial} again, re-signed, under a new serial. */
    @Transactional
    public SnapshotView rollback(Operator op, String localDomain, long serial, String reason) {
        String domain = administered(op, localDomain);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Say why you roll back (for example which change broke"
                    + " the gateways); it is recorded with the new snapshot.");
        }
        ConfigSnapshot earlier = new SnapshotStore(em).find(domain, serial).orElseThrow(() -> notPublished(domain,
                serial));
        return signing.publish(op.actor(), domain, earlier.content(), SnapshotSource.ROLLBACK, reason.strip(), serial,
                Set.of());
    }

    /**
     * Publishes at once, without the peer of agreement {@code agreementId}, because that agreement left force. Starts
     * from the published snapshot, not from the current state: only the withdrawal goes out, pending changes still
     * wait for an explicit publish.
     *
     * @return the new snapshot, or empty when the domain never published or the peer was not in it
     */
    @Transactional
    public Optional<SnapshotView> withdrawAgreement(Actor actor, String localDomain, long agreementId, String trigger) {
        return withdraw(actor, localDomain, trigger,
                peer -> peer.getJsonObject("agreement").getJsonNumber("id").longValue() == agreementId);
    }

    /**
     * Publishes at once, without every published peer the gate now refuses (for example after a CRL revoked its
     * certificate). Like {@link #withdrawAgreement}, it only takes away from the published snapshot.
     */
    @Transactional
    public Optional<SnapshotView> withdrawRefused(Actor actor, String localDomain, String trigger) {
        Set<Long> refused = PublishGate.refusedPeers(PublishGate.check(activeState.of(localDomain, now()), now()));
        return withdraw(actor, localDomain, trigger,
                peer -> refused.contains(peer.getJsonNumber("peerNetworkId").longValue()));
    }

    private Optional<SnapshotView> withdraw(Actor actor, String localDomain, String trigger,
            Predicate<JsonObject> withdrawn) {
        Optional<ConfigSnapshot> current = new SnapshotStore(em).current(localDomain);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        JsonObject document = parse(current.get().content());
        List<JsonObject> peers = document.getJsonArray("peers").getValuesAs(JsonObject.class);
        Set<Long> gone = peers.stream().filter(withdrawn)
                .map(p -> p.getJsonNumber("peerNetworkId").longValue()).collect(Collectors.toSet());
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        JsonArrayBuilder kept = Json.createArrayBuilder();
        peers.stream().filter(withdrawn.negate()).forEach(kept::add);
        byte[] content = CanonicalJson.bytes(Json.createObjectBuilder(document).add("peers", kept).build());
        return Optional.of(signing.publish(actor, localDomain, content, SnapshotSource.AUTOMATIC, trigger, null,
                gone));
    }

    /** The local domains gateways hold a snapshot of. */
    @Transactional
    public List<String> publishedDomains() {
        return new SnapshotStore(em).publishedDomains();
    }

    private String readable(Operator op, String localDomain) {
        AccessPolicy.requireCanReadRegistry(op);
        String domain = existing(localDomain);
        Set<String> visible = AccessPolicy.visibleLocalDomains(op);
        if (visible != null && !visible.contains(domain)) {
            throw new AccessDeniedException("The local domain " + domain + " is not one you administer.");
        }
        return domain;
    }

    private String administered(Operator op, String localDomain) {
        String domain = existing(localDomain);
        AccessPolicy.requireCanAdministerDomain(op, domain);
        return domain;
    }

    private String existing(String localDomain) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        long found = em.createQuery("select count(l) from LocalDomain l where l.name = :name", Long.class)
                .setParameter("name", domain).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("There is no local domain " + domain + "; check the name.");
        }
        return domain;
    }

    private static NotFoundException notPublished(String domain, long serial) {
        return new NotFoundException("No snapshot " + serial + " was ever published for " + domain
                + "; the history lists the serials there are.");
    }

    private static JsonObject parse(byte[] content) {
        try (var reader = Json.createReader(new ByteArrayInputStream(content))) {
            return reader.readObject();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
