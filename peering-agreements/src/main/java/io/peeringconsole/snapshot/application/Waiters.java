package io.peeringconsole.snapshot.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Listeners waiting for a newer snapshot, by local domain; each is called at most once, then forgotten. */
final class Waiters {

    private final Map<String, Set<Waiter>> byDomain = new ConcurrentHashMap<>();

    private record Waiter(long serial, Consumer<PublishedSnapshot> listener, AtomicBoolean done) {
    }

    Runnable add(String localDomain, long serial, Consumer<PublishedSnapshot> listener) {
        Waiter waiter = new Waiter(serial, listener, new AtomicBoolean());
        // Added inside compute, so that a concurrent removal of the domain's last waiter cannot orphan this one.
        byDomain.compute(localDomain, (d, set) -> {
            Set<Waiter> waiting = set == null ? ConcurrentHashMap.newKeySet() : set;
            waiting.add(waiter);
            return waiting;
        });
        return () -> {
            waiter.done().set(true);
            remove(localDomain, waiter);
        };
    }

    /** Calls, once each, the waiters of the snapshot's domain that wait for something older than it. */
    void deliver(PublishedSnapshot snapshot) {
        Set<Waiter> waiting = byDomain.get(snapshot.localDomain());
        if (waiting == null) {
            return;
        }
        for (Waiter waiter : List.copyOf(waiting)) {
            if (waiter.serial() < snapshot.serial() && waiter.done().compareAndSet(false, true)) {
                remove(snapshot.localDomain(), waiter);
                waiter.listener().accept(snapshot);
            }
        }
    }

    Set<String> domains() {
        return Set.copyOf(byDomain.keySet());
    }

    int count() {
        return byDomain.values().stream().mapToInt(Set::size).sum();
    }

    private void remove(String localDomain, Waiter waiter) {
        byDomain.computeIfPresent(localDomain, (d, set) -> {
            set.remove(waiter);
            return set.isEmpty() ? null : set;
        });
    }
}
