package io.peeringconsole.web.rest.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What every held long poll shares, whether JAX-RS ({@link LongPolls}) or the servlet fast path
 * ({@link SnapshotFastPath}) holds it: the gauge {@code gateway.long_polls.waiting}, and the one queue through which a
 * publish answers them. The publish's listener runs on the publishing thread, so it only queues the answer; one task
 * at a time on the managed executor writes the queued answers in order. One task per poll cost about 0.8 ms each in
 * the managed executor's context handling, paid inside the publish request: 8 s for 10,000 gateways.
 */
@ApplicationScoped
public class HeldPolls {

    private static final Logger LOG = Logger.getLogger(HeldPolls.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MetricRegistry metrics;

    private final AtomicInteger waiting = new AtomicInteger();
    private final Queue<Runnable> toAnswer = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    @PostConstruct
    void registerGauge() {
        metrics.gauge("gateway.long_polls.waiting", waiting, AtomicInteger::get);
    }

    /** A poll is held from now until {@link #released()}, called once whichever way it ended. */
    void held() {
        waiting.incrementAndGet();
    }

    void released() {
        waiting.decrementAndGet();
    }

    /** Queues {@code answer} (a poll woken by a publish) to run off the publishing thread, soon. */
    void answerSoon(Runnable answer) {
        toAnswer.add(answer);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException busy) {
                drain();
            }
        }
    }

    /** Runs every queued answer; one queued while the flag is being cleared is caught by the re-check. */
    private void drain() {
        do {
            for (Runnable answer = toAnswer.poll(); answer != null; answer = toAnswer.poll()) {
                try {
                    answer.run();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "A long poll could not be answered with the new snapshot", failure);
                }
            }
            draining.set(false);
        } while (!toAnswer.isEmpty() && draining.compareAndSet(false, true));
    }
}
