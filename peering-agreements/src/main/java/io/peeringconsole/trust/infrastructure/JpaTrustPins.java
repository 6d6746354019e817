package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.rules.application.IdChunks;
import java.util.Collection;
import java.util.Comparator;
import io.peeringconsole.trust.domain.SpkiPin;
import io.peeringconsole.trust.domain.TrustPin;
import io.peeringconsole.trust.domain.TrustPins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrustPins implements TrustPins {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public Optional<TrustPin> find(long id) {
        return Optional.ofNullable(em.find(TrustPin.class, id));
    }

    @Override
    public List<TrustPin> of(long peerNetworkId) {
        return em.createQuery("select p from TrustPin p where p.peerNetworkId = :peer order by p.id", TrustPin.class)
                .setParameter("peer", peerNetworkId)
                .getResultList();
    }

    @Override
    public List<TrustPin> ofPeers(Collection<Long> peerNetworkIds) {
        return IdChunks.query(peerNetworkIds, slice -> em.createQuery("select p from TrustPin p"
                        + " where p.peerNetworkId in :peers", TrustPin.class)
                .setParameter("peers", slice)
                .getResultList()).stream().sorted(Comparator.comparingLong(TrustPin::id)).toList();
    }

    @Override
    public boolean exists(long peerNetworkId, SpkiPin pin) {
        return em.createQuery("select count(p) from TrustPin p where p.peerNetworkId = :peer and p.spkiPin = :pin",
                Long.class)
                .setParameter("peer", peerNetworkId)
                .setParameter("pin", pin.value())
                .getSingleResult() > 0;
    }

    @Override
    public void add(TrustPin pin) {
        Flushes.flushing(em, "The pin " + pin.spkiPin() + " was added for this peer network by someone else at the"
                + " same moment; reload to see it.", () -> em.persist(pin));
    }

    @Override
    public void remove(TrustPin pin) {
        Flushes.flushing(em, "The pin could not be removed; reload and try again.", () -> em.remove(pin));
    }
}
