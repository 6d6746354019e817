package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.RegisteredPeer;
import io.peeringconsole.privacy.permission.domain.OpenAgreement;
import io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the permission service reads: stored settings, the registry, and the pair's agreement. */
final class PairFacts {

    private static final List<AgreementStatus> SUBMITTED = List.of(AgreementStatus.PENDING_APPROVAL,
            AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED);

    private final EntityManager em;

    PairFacts(EntityManager em) {
        this.em = em;
    }

    Optional<PrivacyPermissionSetting> setting(String localDomain, long peerNetworkId) {
        return em.createQuery("select s from PrivacyPermissionSetting s where s.localDomain = :domain"
                        + " and s.peerNetworkId = :peer", PrivacyPermissionSetting.class)
                .setParameter("domain", localDomain)
                .setParameter("peer", peerNetworkId)
                .getResultStream().findFirst();
    }

    Map<Long, PrivacyPermissionSetting> settings(String localDomain, Collection<Long> peerNetworkIds) {
        if (peerNetworkIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from PrivacyPermissionSetting s where s.localDomain = :domain"
                        + " and s.peerNetworkId in :peers", PrivacyPermissionSetting.class)
                .setParameter("domain", localDomain)
                .setParameter("peers", Set.copyOf(peerNetworkIds))
                .getResultStream()
                .collect(Collectors.toMap(PrivacyPermissionSetting::peerNetworkId, Function.identity()));
    }

    void requireLocalDomain(String name) {
        long found = em.createQuery("select count(l) from LocalDomain l where l.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("There is no local domain " + name + "; an ADMIN adds local domains before"
                    + " their privacy-sharing permissions are set.");
        }
    }

    /** A peer network (not a clearing house) by id; {@code field} names the input when the id came in a body. */
    RegisteredPeer peer(long id, String field) {
        PeerNetwork peer = em.find(PeerNetwork.class, id);
        if (peer == null) {
            String message = "There is no peer network with id " + id + "; choose one from the registry.";
            throw field == null ? new NotFoundException(message) : new RuleViolationException(field, message);
        }
        RegisteredPeer registered = RegisteredPeer.of(peer);
        if (registered.isClearingHouse()) {
            throw new RuleViolationException(field == null ? "peerNetworkId" : field, "\"" + peer.displayName()
                    + "\" is a clearing house; presence is shared with the peer networks of its federation, so set"
                    + " the permission for each of them.");
        }
        return registered;
    }

    Optional<OpenAgreement> submittedAgreement(String localDomain, long peerNetworkId) {
        return em.createQuery("select a.id, a.lastChange.status from PeeringAgreement a where a.localDomain = :domain"
                        + " and a.peerNetworkId = :peer and a.lastChange.status in :submitted", Object[].class)
                .setParameter("domain", localDomain)
                .setParameter("peer", peerNetworkId)
                .setParameter("submitted", SUBMITTED)
                .getResultStream().findFirst()
                .map(row -> new OpenAgreement((Long) row[0], (AgreementStatus) row[1]));
    }
}
