package io.peeringconsole.snapshot.application;

import io.peeringconsole.rules.Page;
import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.snapshot.domain.ConfigSnapshot;
import io.peeringconsole.snapshot.domain.CurrentSnapshot;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Reads and writes snapshots and the per-domain pointer to the current one. */
final class SnapshotStore {

    private static final Flushing.Conflicts CONFLICTS = Flushing.Conflicts.of(
            "Someone else published a snapshot of this local domain at the same moment; reload and look at the"
                    + " candidate again before publishing.",
            "Someone else published the first snapshot of this local domain at the same moment; reload and look at"
                    + " the candidate again before publishing.",
            "The snapshot this publish refers to is gone; reload and try again.");

    private final EntityManager em;

    SnapshotStore(EntityManager em) {
        this.em = em;
    }

    /** The pointer, locked until the transaction ends, so that two publishes of one domain queue up. */
    Optional<CurrentSnapshot> lockCurrent(String localDomain) {
        return Optional.ofNullable(em.find(CurrentSnapshot.class, localDomain, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<ConfigSnapshot> current(String localDomain) {
        return em.createQuery("select s from ConfigSnapshot s, CurrentSnapshot c where c.localDomain = :domain"
                        + " and s.id = c.snapshotId", ConfigSnapshot.class)
                .setParameter("domain", localDomain)
                .getResultStream().findFirst();
    }

    Optional<Long> currentSerial(String localDomain) {
        return em.createQuery("select c.serial from CurrentSnapshot c where c.localDomain = :domain", Long.class)
                .setParameter("domain", localDomain)
                .getResultStream().findFirst();
    }

    Optional<ConfigSnapshot> find(String localDomain, long serial) {
        return em.createQuery("select s from ConfigSnapshot s where s.localDomain = :domain and s.serial = :serial",
                        ConfigSnapshot.class)
                .setParameter("domain", localDomain)
                .setParameter("serial", serial)
                .getResultStream().findFirst();
    }

    /** Newest first. */
    Page<ConfigSnapshot> history(String localDomain, int offset, int limit) {
        long total = em.createQuery("select count(s) from ConfigSnapshot s where s.localDomain = :domain", Long.class)
                .setParameter("domain", localDomain)
                .getSingleResult();
        List<ConfigSnapshot> items = total == 0 ? List.of() : em.createQuery("select s from ConfigSnapshot s"
                        + " where s.localDomain = :domain order by s.serial desc", ConfigSnapshot.class)
                .setParameter("domain", localDomain)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return new Page<>(items, total, offset, limit);
    }

    /** The local domains that have a current snapshot. */
    List<String> publishedDomains() {
        return em.createQuery("select c.localDomain from CurrentSnapshot c order by c.localDomain", String.class)
                .getResultList();
    }

    /** Writes {@code snapshot} and points the domain at it; {@code pointer} empty means this is the first one. */
    void append(ConfigSnapshot snapshot, Optional<CurrentSnapshot> pointer) {
        Flushing.flush(em, CONFLICTS, () -> {
            em.persist(snapshot);
            em.flush();
            if (pointer.isPresent()) {
                pointer.get().moveTo(snapshot);
            } else {
                em.persist(CurrentSnapshot.first(snapshot));
            }
        });
    }
}
