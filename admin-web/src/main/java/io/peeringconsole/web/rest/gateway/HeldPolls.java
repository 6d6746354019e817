package io.peeringconsole.web.rest.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What every held long poll shares, whether JAX-RS ({@link LongPolls}) or the servlet fast path
 * ({@link SnapshotFastPath}) holds it: the gauge {@code gateway.long_polls.waiting}, and the {@link AnswerQueue}
 * through which a publish answers them. The publish's listener runs on the publishing thread, so it only queues the
 * answer; up to one task per processor (at least two) on the managed executor writes the queued answers. The default
 * managed executor hands each task a thread of its own (no core threads, so no queue in front of them), so the tasks
 * do run side by side.
 *
 * <p>Called once per poll, its methods are public: Weld's client proxy calls a public method directly and a
 * package-private one through reflection.
 */
@ApplicationScoped
public class HeldPolls {

    /** Two even on one processor: an answer's write may block on a slow socket, and the other task keeps going. */
    static final int DRAINERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MetricRegistry metrics;

    private final AtomicInteger waiting = new AtomicInteger();
    private AnswerQueue toAnswer;

    @PostConstruct
    void start() {
        toAnswer = new AnswerQueue(executor, DRAINERS);
        metrics.gauge("gateway.long_polls.waiting", waiting, AtomicInteger::get);
    }

    /** A poll is held from now until {@link #released()}, called once whichever way it ended. */
    public void held() {
        waiting.incrementAndGet();
    }

    public void released() {
        waiting.decrementAndGet();
    }

    /** Queues {@code answer} (a poll woken by a publish) to run off the publishing thread, soon. */
    public void answerSoon(Runnable answer) {
        toAnswer.add(answer);
    }
}
