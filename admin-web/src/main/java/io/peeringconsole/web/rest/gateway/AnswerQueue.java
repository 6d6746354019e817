package io.peeringconsole.web.rest.gateway;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answers of long polls woken by a publish, written off the publishing thread by at most {@code maxDrainers}
 * tasks at once, each taking answers from one queue until it is empty. Not one task per answer: a task costs more
 * than the answer (0.8 ms each in the managed executor). More than one task, because an answer costs about 0.5 ms,
 * most of it the container finishing the response on the calling thread, and 10,000 of them in a row take 5 s.
 *
 * <p>Every queued answer runs exactly once: the queue hands each to one drainer. None is left behind: a producer that
 * finds all drainers busy leaves its answer to them, and a drainer that stops looks at the queue again after it has
 * stopped counting itself, so an answer queued while the last one was leaving is picked up by it or by its producer.
 */
final class AnswerQueue {

    private static final Logger LOG = Logger.getLogger(AnswerQueue.class.getName());

    private final Executor executor;
    private final int maxDrainers;
    private final Queue<Runnable> answers;
    private final AtomicInteger drainers = new AtomicInteger();

    AnswerQueue(Executor executor, int maxDrainers) {
        this(executor, maxDrainers, new ConcurrentLinkedQueue<>());
    }

    /** With a queue of the caller's, which must be thread-safe: lets a test queue an answer at a chosen moment. */
    AnswerQueue(Executor executor, int maxDrainers, Queue<Runnable> answers) {
        if (maxDrainers < 1) {
            throw new IllegalArgumentException("at least one drainer is needed, not " + maxDrainers);
        }
        this.executor = executor;
        this.maxDrainers = maxDrainers;
        this.answers = answers;
    }

    /** Queues {@code answer} to run soon on a drainer; starts one if fewer than the maximum are running. */
    void add(Runnable answer) {
        answers.add(answer);
        if (claimDrainer()) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException busy) {
                // Shutting down or saturated: the caller answers, late rather than never.
                drain();
            }
        }
    }

    /** Drainers running now (for tests and diagnosis). */
    int drainers() {
        return drainers.get();
    }

    private boolean claimDrainer() {
        int running = drainers.get();
        while (running < maxDrainers) {
            if (drainers.compareAndSet(running, running + 1)) {
                return true;
            }
            running = drainers.get();
        }
        return false;
    }

    private void drain() {
        do {
            try {
                runQueued();
            } finally {
                // Even after an Error, so that a drainer that died does not count as running forever.
                drainers.decrementAndGet();
            }
        } while (!answers.isEmpty() && claimDrainer());
    }

    private void runQueued() {
        for (Runnable answer = answers.poll(); answer != null; answer = answers.poll()) {
            try {
                answer.run();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "A long poll could not be answered with the new snapshot", failure);
            }
        }
    }
}
