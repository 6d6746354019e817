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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Holds long polls without a thread each: the request is suspended, registered with the snapshot feed, and resumed
 * either by a publish or by its timeout. The publish's listener runs on the publishing thread, so it only queues the
 * poll; one task at a time on the managed executor resumes the queued polls in order. One task per poll cost about
 * 0.8 ms each in the managed executor's context handling, paid inside the publish request: 8 s for 10,000 gateways.
 * How many are held right now is the gauge {@code gateway.long_polls.waiting} at /metrics.
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

    private static final Logger LOG = Logger.getLogger(LongPolls.class.getName());

    private final AtomicInteger waiting = new AtomicInteger();
    private final Queue<Runnable> toResume = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

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
                snapshot -> resumeSoon(() -> async.resume(responses.served(snapshot)))));
    }

    private void resumeSoon(Runnable resume) {
        toResume.add(resume);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException busy) {
                drain();
            }
        }
    }

    /** Resumes every queued poll; a poll queued while the flag is being cleared is caught by the re-check. */
    private void drain() {
        do {
            for (Runnable resume = toResume.poll(); resume != null; resume = toResume.poll()) {
                try {
                    resume.run();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "A long poll could not be answered with the new snapshot", failure);
                }
            }
            draining.set(false);
        } while (!toResume.isEmpty() && draining.compareAndSet(false, true));
    }
}
