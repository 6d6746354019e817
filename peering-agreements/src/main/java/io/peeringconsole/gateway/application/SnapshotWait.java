package io.peeringconsole.gateway.application;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import io.peeringconsole.snapshot.application.SnapshotFeed;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One waiting long poll, without a thread: it is registered with the feed and settled exactly once, either by a
 * publish (on the publishing thread) or by its timeout (on the timer's thread), whichever comes first. The loser of
 * that race does nothing, and a timeout withdraws the registration so that no listener outlives its request.
 */
public final class SnapshotWait {

    private final AtomicBoolean settled = new AtomicBoolean();
    private final Consumer<PublishedSnapshot> onNewer;
    private volatile Runnable cancel = () -> { };

    private SnapshotWait(Consumer<PublishedSnapshot> onNewer) {
        this.onNewer = onNewer;
    }

    /** Registers a listener for the awaited snapshot (as {@link SnapshotFeed#onNewer} does) and returns its cancel. */
    @FunctionalInterface
    public interface Registrar {
        Runnable register(Consumer<PublishedSnapshot> listener);
    }

    /**
     * Waits for the snapshot {@code registrar} listens for; {@code onNewer} is called at most once, possibly before
     * this method returns if such a snapshot already exists.
     */
    public static SnapshotWait start(Registrar registrar, Consumer<PublishedSnapshot> onNewer) {
        SnapshotWait wait = new SnapshotWait(onNewer);
        Runnable registration = registrar.register(wait::deliver);
        wait.cancel = registration;
        if (wait.settled.get()) {
            registration.run();
        }
        return wait;
    }

    /**
     * Ends the wait without a snapshot (time ran out, or the client went away).
     *
     * @return true when this call settled the wait; false when a snapshot was delivered first
     */
    public boolean expire() {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        cancel.run();
        return true;
    }

    public boolean isSettled() {
        return settled.get();
    }

    private void deliver(PublishedSnapshot snapshot) {
        if (settled.compareAndSet(false, true)) {
            onNewer.accept(snapshot);
        }
    }
}
