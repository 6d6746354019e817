package io.peeringconsole.snapshot.application;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The newest snapshot read per domain: what gateways are served, and what spares loading an unchanged serial again. */
final class LatestSnapshots {

    private final Map<String, PublishedSnapshot> byDomain = new ConcurrentHashMap<>();

    PublishedSnapshot remember(PublishedSnapshot snapshot) {
        byDomain.merge(snapshot.localDomain(), snapshot, (old, now) -> now.serial() >= old.serial() ? now : old);
        return snapshot;
    }

    Optional<PublishedSnapshot> of(String localDomain) {
        return Optional.ofNullable(byDomain.get(localDomain));
    }

    Set<String> domains() {
        return Set.copyOf(byDomain.keySet());
    }

    Optional<PublishedSnapshot> at(String localDomain, long serial) {
        return Optional.ofNullable(byDomain.get(localDomain)).filter(s -> s.serial() == serial);
    }
}
