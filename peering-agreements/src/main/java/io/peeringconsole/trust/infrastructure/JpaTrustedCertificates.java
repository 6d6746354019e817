package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.rules.application.IdChunks;
import java.util.Comparator;
import io.peeringconsole.trust.domain.TrustPurpose;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.trust.domain.TrustedCertificates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrustedCertificates implements TrustedCertificates {

    // Rolled-over certificates whose overlap has ended are no longer trusted, so no longer due to expire.
    private static final String ENDING_BY = " from TrustedCertificate c where c.notAfter <= :horizon and not exists"
            + " (select r.id from TrustedCertificate r where r.replacesId = c.id and r.overlapUntil <= :now)";

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public Optional<TrustedCertificate> find(long id) {
        return Optional.ofNullable(em.find(TrustedCertificate.class, id));
    }

    @Override
    public List<TrustedCertificate> of(Long peerNetworkId, TrustPurpose purpose) {
        return scoped("select c from TrustedCertificate c where c.purpose = :purpose and ", peerNetworkId,
                " order by c.id", TrustedCertificate.class)
                .setParameter("purpose", purpose)
                .getResultList();
    }

    @Override
    public List<TrustedCertificate> ofPeers(Collection<Long> peerNetworkIds, TrustPurpose purpose) {
        return IdChunks.query(peerNetworkIds, slice -> em.createQuery("select c from TrustedCertificate c"
                        + " where c.purpose = :purpose and c.peerNetworkId in :peers", TrustedCertificate.class)
                .setParameter("purpose", purpose)
                .setParameter("peers", slice)
                .getResultList()).stream().sorted(Comparator.comparingLong(TrustedCertificate::id)).toList();
    }

    @Override
    public List<TrustedCertificate> withFingerprints(Long peerNetworkId, TrustPurpose purpose,
            Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return List.of();
        }
        return scoped("select c from TrustedCertificate c where c.purpose = :purpose"
                + " and c.sha256Fingerprint in :fingerprints and ", peerNetworkId, " order by c.id",
                TrustedCertificate.class)
                .setParameter("purpose", purpose)
                .setParameter("fingerprints", fingerprints)
                .getResultList();
    }

    @Override
    public List<TrustedCertificate> replacing(long outgoingId) {
        return em.createQuery("select c from TrustedCertificate c where c.replacesId = :id order by c.id",
                TrustedCertificate.class).setParameter("id", outgoingId).getResultList();
    }

    @Override
    public List<TrustedCertificate> endingBy(Instant horizon, Instant now) {
        return em.createQuery("select c" + ENDING_BY + " order by c.notAfter, c.id", TrustedCertificate.class)
                .setParameter("horizon", horizon)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public long countEndingBy(Instant horizon, Instant now) {
        return em.createQuery("select count(c)" + ENDING_BY, Long.class)
                .setParameter("horizon", horizon)
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    public void addAll(List<TrustedCertificate> certificates) {
        Flushes.flushing(em, "One of these certificates was imported by someone else at the same moment; reload to"
                + " see it.", () -> certificates.forEach(em::persist));
    }

    @Override
    public void remove(TrustedCertificate certificate) {
        Flushes.flushing(em, "The certificate could not be removed; reload and try again.",
                () -> em.remove(certificate));
    }

    @Override
    public void flush() {
        Flushes.flushing(em, "The change clashes with one made at the same moment; reload and try again.", () -> {
        });
    }

    private <T> TypedQuery<T> scoped(String head, Long peerNetworkId, String tail, Class<T> type) {
        if (peerNetworkId == null) {
            return em.createQuery(head + "c.peerNetworkId is null" + tail, type);
        }
        return em.createQuery(head + "c.peerNetworkId = :peer" + tail, type).setParameter("peer", peerNetworkId);
    }
}
