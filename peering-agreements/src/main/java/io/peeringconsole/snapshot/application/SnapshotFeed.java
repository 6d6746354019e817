package io.peeringconsole.snapshot.application;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the gateway API reads published snapshots from, and how a long poll learns that a newer one exists without
 * holding a thread: the listener is called once, on whatever thread published, and must only hand the snapshot on.
 */
public interface SnapshotFeed {

    /** The snapshot gateways of {@code localDomain} should hold now, if any was ever published. */
    Optional<PublishedSnapshot> current(String localDomain);

    /** Whether {@code serial} was ever published for {@code localDomain} (status reports must name a real one). */
    boolean wasPublished(String localDomain, long serial);

    /**
     * Calls {@code listener} once with the first snapshot of {@code localDomain} whose serial is greater than
     * {@code serial} — at once if one exists already.
     *
     * @return cancels the registration (e.g. when the poll times out); harmless after the call
     */
    Runnable onNewer(String localDomain, long serial, Consumer<PublishedSnapshot> listener);
}
