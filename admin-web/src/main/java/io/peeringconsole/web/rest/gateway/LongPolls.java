package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.PublishedSnapshots;
import io.peeringconsole.gateway.application.SnapshotWait;
import io.peeringconsole.gateway.domain.SnapshotRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.ConnectionCallback;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Holds long polls without a thread each: the request is suspended, registered with the snapshot feed, and resumed
 * either by a publish or by its timeout. The publish's listener runs on the publishing thread, so the response is
 * written on the managed executor instead, which keeps a publish quick however many gateways wait. How many are held
 * right now is the gauge {@code gateway.long_polls.waiting} at /metrics.
 */
@ApplicationScoped
public class LongPolls {

    /** When a publish won the race against the timeout, the grace given to its response before JAX-RS gives up. */
    private static final int GRACE_SECONDS = 5;

    @Inject
    PublishedSnapshots snapshots;

    @Inject
    SnapshotResponses responses;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MetricRegistry metrics;

    private final AtomicInteger waiting = new AtomicInteger();

    @PostConstruct
    void registerGauge() {
        metrics.gauge("gateway.long_polls.waiting", waiting, AtomicInteger::get);
    }

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
        waiting.incrementAndGet();
        // Called once when the response is written or fails, whichever way the poll ended.
        async.register((CompletionCallback) failure -> waiting.decrementAndGet());
        async.register((ConnectionCallback) gone -> {
            SnapshotWait held = pending.get();
            if (held != null) {
                held.expire();
            }
        });
        pending.set(snapshots.waitForNewer(localDomain, wait.afterSerial(),
                snapshot -> executor.execute(() -> async.resume(responses.served(snapshot)))));
    }
}
