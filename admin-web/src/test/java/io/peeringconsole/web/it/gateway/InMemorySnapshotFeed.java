package io.peeringconsole.web.it.gateway;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import io.peeringconsole.snapshot.application.SnapshotFeed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * TEST ONLY, deployed by {@link GatewayDeployment} alone: a snapshot feed in memory whose publishes the gateway tests
 * trigger through {@link SnapshotPublishingResource}, so that they control serials and timing exactly. An enabled
 * alternative, it takes precedence over the real publisher in these tests' deployment only.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 900)
public class InMemorySnapshotFeed implements SnapshotFeed {

    private record Listener(long afterSerial, Consumer<PublishedSnapshot> consumer) {
    }

    private final Map<String, List<PublishedSnapshot>> published = new HashMap<>();
    private final Map<String, List<Listener>> listeners = new HashMap<>();

    @Override
    public synchronized Optional<PublishedSnapshot> current(String localDomain) {
        List<PublishedSnapshot> all = published.getOrDefault(localDomain, List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    @Override
    public synchronized boolean wasPublished(String localDomain, long serial) {
        return published.getOrDefault(localDomain, List.of()).stream().anyMatch(s -> s.serial() == serial);
    }

    @Override
    public Runnable onNewer(String localDomain, long serial, Consumer<PublishedSnapshot> consumer) {
        Listener listener = new Listener(serial, consumer);
        PublishedSnapshot newer;
        synchronized (this) {
            newer = current(localDomain).filter(s -> s.serial() > serial).orElse(null);
            if (newer == null) {
                listeners.computeIfAbsent(localDomain, d -> new ArrayList<>()).add(listener);
            }
        }
        if (newer != null) {
            consumer.accept(newer);
        }
        return () -> {
            synchronized (this) {
                listeners.getOrDefault(localDomain, new ArrayList<>()).remove(listener);
            }
        };
    }

    /** Publishes {@code content} as the next serial of {@code localDomain} and wakes its waiting listeners. */
    public PublishedSnapshot publish(String localDomain, String content) {
        PublishedSnapshot snapshot;
        List<Listener> woken = new ArrayList<>();
        synchronized (this) {
            List<PublishedSnapshot> all = published.computeIfAbsent(localDomain, d -> new ArrayList<>());
            long serial = all.isEmpty() ? 1 : all.getLast().serial() + 1;
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            snapshot = new PublishedSnapshot(localDomain, serial, sha256(bytes), bytes,
                    ("signature of " + localDomain + " serial " + serial).getBytes(StandardCharsets.US_ASCII),
                    Instant.now());
            all.add(snapshot);
            List<Listener> waiting = listeners.getOrDefault(localDomain, new ArrayList<>());
            waiting.removeIf(listener -> listener.afterSerial() < snapshot.serial() && woken.add(listener));
        }
        woken.forEach(listener -> listener.consumer().accept(snapshot));
        return snapshot;
    }

    public synchronized int waiting(String localDomain) {
        return listeners.getOrDefault(localDomain, List.of()).size();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
