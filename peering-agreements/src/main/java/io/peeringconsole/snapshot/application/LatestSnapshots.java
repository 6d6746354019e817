package io.peeringconsole.snapshot.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The newest snapshot read per domain, so that repeated reads of an unchanged serial skip loading the content. */
final class LatestSnapshots {

    private final Map<String, PublishedSnapshot> byDomain = new ConcurrentHashMap<>();

    PublishedSnapshot remember(PublishedSnapshot snapshot) {
        byDomain.merge(snapshot.localDomain(), snapshot, (old, now) -> now.serial() >= old.serial() ? now : old);
        return snapshot;
    }

    Optional<PublishedSnapshot> at(String localDomain, long serial) {
        return Optional.ofNullable(byDomain.get(localDomain)).filter(s -> s.serial() == serial);
    }
}
