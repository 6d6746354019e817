package io.peeringconsole.snapshot.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The snapshot feed over the snapshot store. Waiting gateways hold no thread: each is a {@link Waiters} entry, called
 * when a newer serial appears. On this node that is right after the publishing transaction commits
 * ({@link SnapshotPublished} observed AFTER_SUCCESS); a publish on another node is noticed by polling the current
 * serial of the domains someone waits for or pulled, once a second, which needs nothing but the shared database.
 *
 * <p>The current snapshot is kept per domain and answered from memory: a gateway's pull (mostly a 304) touches no
 * database. A domain is read from the store only the first time it is asked for, and then by that poll; so after a
 * publish on another node, this node may answer with the previous snapshot for up to {@link #POLL_MILLIS}, just as
 * its long polls wake up to that much later.
 */
@ApplicationScoped
public class ConsoleSnapshotFeed implements SnapshotFeed {

    static final long POLL_MILLIS = 1000;

    @Inject
    SnapshotReads reads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    final Waiters waiters = new Waiters();
    private final LatestSnapshots latest = new LatestSnapshots();
    private ScheduledFuture<?> polling;

    @PostConstruct
    void startPolling() {
        if (scheduler != null) {
            polling = scheduler.scheduleWithFixedDelay(this::pollOtherNodes, POLL_MILLIS, POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stopPolling() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    @Override
    public Optional<PublishedSnapshot> current(String localDomain) {
        return latest.of(localDomain).or(() -> refresh(localDomain));
    }

    /** The domain's current snapshot as the store has it now, remembered (loading the content only when it is new). */
    Optional<PublishedSnapshot> refresh(String localDomain) {
        Optional<Long> serial = reads.currentSerial(localDomain);
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        return latest.at(localDomain, serial.get()).or(() -> reads.current(localDomain).map(latest::remember));
    }

    @Override
    public boolean wasPublished(String localDomain, long serial) {
        return serial > 0 && reads.currentSerial(localDomain).map(current -> serial <= current).orElse(false);
    }

    @Override
    public Runnable onNewer(String localDomain, long serial, Consumer<PublishedSnapshot> listener) {
        Runnable cancel = waiters.add(localDomain, serial, listener);
        // Registered first, then checked: a publish on this node committed in between is seen by one or the other,
        // never by none; one on another node that this node has not read yet reaches the waiter by the next poll.
        current(localDomain).filter(s -> s.serial() > serial).ifPresent(waiters::deliver);
        return cancel;
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnapshotPublished event) {
        waiters.deliver(latest.remember(event.snapshot()));
    }

    /** Publishes on other nodes reach this one here; domains nobody waits for or pulled are not read at all. */
    void pollOtherNodes() {
        Set<String> domains = new HashSet<>(waiters.domains());
        domains.addAll(latest.domains());
        for (String domain : domains) {
            try {
                refresh(domain).ifPresent(waiters::deliver);
            } catch (RuntimeException unavailable) {
                // The database may be briefly unreachable; the next poll tries again and waiters time out meanwhile.
            }
        }
    }
}
