package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.domain.PermissionChoices;
import io.peeringconsole.privacy.permission.domain.PermissionRules;
import io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.rules.application.LikePattern;
import io.peeringconsole.rules.application.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Privacy-sharing permissions (C4): read with default deny, set with optimistic locking, reset to default deny.
 * Each change checks access and the delegation rule, flushes, and records its audit entry with the state before
 * and after, in the same transaction.
 */
@ApplicationScoped
public class PrivacyPermissionService {

    static final String TARGET_TYPE = "PrivacyPermission";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PrivacyPermissionView get(Operator op, String localDomain, long peerNetworkId) {
        String domain = readable(op, localDomain);
        PairFacts facts = new PairFacts(em);
        RegisteredPeer peer = facts.peer(peerNetworkId, null);
        return facts.setting(domain, peerNetworkId).map(s -> PrivacyPermissionView.of(s, peer.displayName()))
                .orElseGet(() -> PrivacyPermissionView.denyAll(domain, peerNetworkId, peer.displayName()));
    }

    /** Every peer network (clearing houses aside) with its permission, by display name; {@code text} filters names. */
    @Transactional
    public Page<PrivacyPermissionView> list(Operator op, String localDomain, String text, int offset, int limit) {
        String domain = readable(op, localDomain);
        PageWindow.check(offset, limit);
        String pattern = LikePattern.containing(text);
        boolean filtered = pattern != null;
        String where = " where p.kind = :kind" + (filtered ? " and p.searchName like :text escape '!'" : "");
        var count = em.createQuery("select count(p) from PeerNetwork p" + where, Long.class);
        var rows = em.createQuery("select p.id, p.displayName from PeerNetwork p" + where
                + " order by p.searchName, p.id", Object[].class);
        for (var query : List.of(count, rows)) {
            query.setParameter("kind", PeerKind.PEER_NETWORK);
            if (filtered) {
                query.setParameter("text", pattern);
            }
        }
        List<Object[]> peers = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, PrivacyPermissionSetting> stored = new PairFacts(em).settings(domain,
                peers.stream().map(row -> (Long) row[0]).toList());
        List<PrivacyPermissionView> items = peers.stream().map(row -> {
            long id = (Long) row[0];
            String name = (String) row[1];
            PrivacyPermissionSetting setting = stored.get(id);
            return setting == null ? PrivacyPermissionView.denyAll(domain, id, name)
                    : PrivacyPermissionView.of(setting, name);
        }).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    /**
     * Sets the pair's allow-list and mode. {@code expectedVersion} is null when the pair is at default deny (nothing
     * stored yet), otherwise the version the operator read.
     */
    @Transactional
    public PrivacyPermissionView set(Operator op, String localDomain, long peerNetworkId, Long expectedVersion,
            Collection<String> attributes, String mode) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        PermissionRules.requireMayRead(op, domain);
        Set<PresenceAttribute> allowed = PermissionChoices.attributes(attributes, "attributes");
        SharingMode requested = PermissionChoices.mode(mode, "mode");
        PermissionRules.requireMayChange(op, domain, requested);
        PairFacts facts = new PairFacts(em);
        facts.requireLocalDomain(domain);
        RegisteredPeer peer = facts.peer(peerNetworkId, null);
        Optional<PrivacyPermissionSetting> stored = facts.setting(domain, peerNetworkId);
        PrivacyPermissionSetting setting = current(stored, expectedVersion, domain, peer)
                .orElseGet(() -> PrivacyPermissionSetting.forPair(domain, peerNetworkId));
        String before = stored.map(s -> PrivacyPermissionView.of(s, peer.displayName()))
                .orElseGet(() -> PrivacyPermissionView.denyAll(domain, peerNetworkId, peer.displayName())).auditState();
        boolean approval = PermissionRules.checkDelegation(op, setting.mode(), requested,
                facts.submittedAgreement(domain, peerNetworkId), peer.displayName());
        flushing(domain, peer, () -> {
            setting.change(allowed, requested, approval ? op.username() : null, op.username(), now());
            if (stored.isEmpty()) {
                em.persist(setting);
            }
        });
        PrivacyPermissionView after = PrivacyPermissionView.of(setting, peer.displayName());
        auditTrail.record(op.actor(), AuditEvent.of("PRIVACY_PERMISSION_SET", TARGET_TYPE, targetId(domain,
                peerNetworkId)).inDomain(domain).before(before).after(after.auditState()));
        return after;
    }

    /** Back to default deny; a pair already there is left alone and nothing is recorded. */
    @Transactional
    public PrivacyPermissionView reset(Operator op, String localDomain, long peerNetworkId, long expectedVersion) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        PermissionRules.requireMayChange(op, domain, null);
        PairFacts facts = new PairFacts(em);
        facts.requireLocalDomain(domain);
        RegisteredPeer peer = facts.peer(peerNetworkId, null);
        PrivacyPermissionView reset = PrivacyPermissionView.denyAll(domain, peerNetworkId, peer.displayName());
        Optional<PrivacyPermissionSetting> stored = facts.setting(domain, peerNetworkId);
        if (stored.isEmpty()) {
            return reset;
        }
        PrivacyPermissionSetting setting = current(stored, expectedVersion, domain, peer).orElseThrow();
        String before = PrivacyPermissionView.of(setting, peer.displayName()).auditState();
        flushing(domain, peer, () -> em.remove(setting));
        auditTrail.record(op.actor(), AuditEvent.of("PRIVACY_PERMISSION_RESET", TARGET_TYPE, targetId(domain,
                peerNetworkId)).inDomain(domain).before(before).after(reset.auditState()));
        return reset;
    }

    static String targetId(String localDomain, long peerNetworkId) {
        return localDomain + "/" + peerNetworkId;
    }

    private String readable(Operator op, String localDomain) {
        String domain = DomainName.parse(localDomain, "localDomain").asString();
        PermissionRules.requireMayRead(op, domain);
        new PairFacts(em).requireLocalDomain(domain);
        return domain;
    }

    private static Optional<PrivacyPermissionSetting> current(Optional<PrivacyPermissionSetting> stored,
            Long expectedVersion, String domain, RegisteredPeer peer) {
        PermissionRules.requireCurrent(stored.map(PrivacyPermissionSetting::version), expectedVersion,
                "The privacy-sharing permission of " + domain + " for \"" + peer.displayName() + "\"");
        return stored;
    }

    private void flushing(String domain, RegisteredPeer peer, Runnable change) {
        String pair = "the privacy-sharing permission of " + domain + " for \"" + peer.displayName() + "\"";
        Flushing.flush(em, Flushing.Conflicts.of(
                "Someone else changed " + pair + " while you were saving; reload it and apply your change again.",
                "Someone else set " + pair + " at the same moment; reload it and apply your change again.",
                "The peer network or the local domain was removed at the same moment; reload the list."), change);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
