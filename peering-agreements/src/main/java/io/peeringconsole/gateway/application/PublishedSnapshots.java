package io.peeringconsole.gateway.application;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import io.peeringconsole.snapshot.application.SnapshotFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link SnapshotFeed} as the gateway API sees it (not a feed itself, so that it never competes with one).
 * Looked up lazily, so that the console deploys (and answers "nothing published yet") in a build that has no
 * publisher, instead of failing for want of a {@link SnapshotFeed} bean.
 */
@ApplicationScoped
public class PublishedSnapshots {

    private static final Runnable NOTHING_TO_CANCEL = () -> { };

    @Inject
    Instance<SnapshotFeed> feeds;

    public Optional<PublishedSnapshot> current(String localDomain) {
        return feed() == null ? Optional.empty() : feed().current(localDomain);
    }

    public boolean wasPublished(String localDomain, long serial) {
        return feed() != null && feed().wasPublished(localDomain, serial);
    }

    public Runnable onNewer(String localDomain, long serial, Consumer<PublishedSnapshot> listener) {
        return feed() == null ? NOTHING_TO_CANCEL : feed().onNewer(localDomain, serial, listener);
    }

    /** A long poll for the first snapshot of {@code localDomain} above {@code afterSerial}; see {@link SnapshotWait}. */
    public SnapshotWait waitForNewer(String localDomain, long afterSerial, Consumer<PublishedSnapshot> onNewer) {
        return SnapshotWait.start(listener -> onNewer(localDomain, afterSerial, listener), onNewer);
    }

    private SnapshotFeed feed() {
        // Two feeds would be a wiring mistake: get() then fails loudly rather than picking one.
        return feeds.isUnsatisfied() ? null : feeds.get();
    }
}
