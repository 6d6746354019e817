package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.PublishedSnapshots;
import io.peeringconsole.gateway.application.SnapshotWait;
import io.peeringconsole.gateway.domain.SnapshotRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.ConnectionCallback;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the long polls JAX-RS answers (those {@link SnapshotFastPath} leaves to it) without a thread each: the request
 * is suspended, registered with the snapshot feed, and resumed either by a publish (through {@link HeldPolls}' queue)
 * or by its timeout.
 */
@ApplicationScoped
public class LongPolls {

    /** When a publish won the race against the timeout, the grace given to its response before JAX-RS gives up. */
    private static final int GRACE_SECONDS = 5;

    @Inject
    PublishedSnapshots snapshots;

    @Inject
    SnapshotResponses responses;

    @Inject
    HeldPolls heldPolls;

    void hold(AsyncResponse async, String localDomain, SnapshotRequest request, SnapshotRequest.Wait wait) {
        AtomicReference<SnapshotWait> pending = new AtomicReference<>();
        async.setTimeoutHandler(timedOut -> {
            SnapshotWait held = pending.get();
            if (held == null || held.expire()) {
                try {
                    var current = snapshots.current(localDomain);
                    timedOut.resume(responses.answer(request.afterWaiting(current.map(SnapshotResponses::facts)),
                            localDomain, current));
                } catch (RuntimeException failure) {
                    timedOut.resume(failure);
                }
            } else {
                timedOut.setTimeout(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        });
        async.setTimeout(wait.atMost().toSeconds(), TimeUnit.SECONDS);
        heldPolls.held();
        // Called once when the response is written or fails, whichever way the poll ended.
        async.register((CompletionCallback) failure -> heldPolls.released());
        async.register((ConnectionCallback) gone -> {
            SnapshotWait held = pending.get();
            if (held != null) {
                held.expire();
            }
        });
        pending.set(snapshots.waitForNewer(localDomain, wait.afterSerial(),
                snapshot -> heldPolls.answerSoon(() -> async.resume(responses.served(snapshot)))));
    }
}
