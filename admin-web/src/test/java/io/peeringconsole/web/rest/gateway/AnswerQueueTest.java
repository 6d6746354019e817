package io.peeringconsole.web.rest.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerQueueTest {

    private static final long SEED = 20261126L;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS), "a drainer did not stop");
    }

    @Test
    void everyAnswerOfConcurrentProducersRunsExactlyOnceAndNoneIsLeftBehind() throws Exception {
        Random random = new Random(SEED);
        // Many short rounds with pauses, so that drainers often run dry and leave while producers still add: the
        // moment where an answer could be left behind.
        for (int round = 0; round < 200; round++) {
            int producers = 2 + random.nextInt(6);
            int perProducer = 1 + random.nextInt(300);
            int maxDrainers = 1 + random.nextInt(4);
            assertAllRunOnce(producers, perProducer, maxDrainers, random.nextLong(), "round " + round);
        }
    }

    @Test
    void anAnswerQueuedWhileTheLastDrainerFindsTheQueueEmptyIsStillAnswered() {
        AtomicInteger answered = new AtomicInteger();
        AnswerQueue[] queue = new AnswerQueue[1];
        // The drainer has just found the queue empty and still counts as running: the producer cannot start another
        // drainer and leaves its answer in the queue, which only the drainer's second look finds.
        Queue<Runnable> answers = new ConcurrentLinkedQueue<>() {
            private boolean queuedInTheGap;

            @Override
            public Runnable poll() {
                Runnable next = super.poll();
                if (next == null && !queuedInTheGap) {
                    queuedInTheGap = true;
                    queue[0].add(answered::incrementAndGet);
                    assertEquals(1, queue[0].drainers(), "the drainer still counts as running");
                }
                return next;
            }
        };
        queue[0] = new AnswerQueue(Runnable::run, 1, answers);
        queue[0].add(answered::incrementAndGet);
        assertEquals(2, answered.get(), "answers run");
        assertEquals(0, queue[0].drainers());
        assertTrue(answers.isEmpty(), "an answer was left in the queue");
    }

    @Test
    void aBurstOfTenThousandIsAnsweredOnce() throws Exception {
        assertAllRunOnce(8, 10_000 / 8, 2, SEED, "burst");
    }

    @Test
    void upToTheMaximumOfDrainersAnswerSideBySideAndNeverMore() throws Exception {
        int maxDrainers = 3;
        AnswerQueue queue = new AnswerQueue(threads, maxDrainers);
        // Only passes once three answers wait together, i.e. three drainers run at the same time.
        CyclicBarrier together = new CyclicBarrier(maxDrainers);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(300);
        for (int i = 0; i < 300; i++) {
            boolean meet = i < maxDrainers;
            queue.add(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    if (meet) {
                        together.await(10, TimeUnit.SECONDS);
                    }
                    LockSupport.parkNanos(20_000);
                } catch (Exception notTogether) {
                    throw new IllegalStateException("the drainers did not run side by side", notTogether);
                } finally {
                    running.decrementAndGet();
                    done.countDown();
                }
            });
        }
        assertTrue(done.await(20, TimeUnit.SECONDS), "not every answer ran");
        assertEquals(0, together.getNumberWaiting());
        assertTrue(!together.isBroken(), "the first three answers did not run at the same time");
        assertEquals(maxDrainers, mostAtOnce.get(), "answers running at the same time");
        awaitNoDrainer(queue);
    }

    @Test
    void whenTheExecutorRefusesTheCallerAnswers() {
        AnswerQueue queue = new AnswerQueue(task -> {
            throw new RejectedExecutionException("shutting down");
        }, 2);
        List<Thread> ranOn = new ArrayList<>();
        queue.add(() -> ranOn.add(Thread.currentThread()));
        queue.add(() -> ranOn.add(Thread.currentThread()));
        assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), ranOn);
        assertEquals(0, queue.drainers());
    }

    @Test
    void aFailingAnswerDoesNotStopTheOthers() throws Exception {
        AnswerQueue queue = new AnswerQueue(threads, 2);
        CountDownLatch others = new CountDownLatch(2);
        queue.add(others::countDown);
        queue.add(() -> {
            throw new IllegalStateException("the gateway went away");
        });
        queue.add(others::countDown);
        assertTrue(others.await(10, TimeUnit.SECONDS), "an answer after the failing one did not run");
        awaitNoDrainer(queue);
    }

    @Test
    void aDrainerEndedByAnErrorNoLongerCountsAsRunning() {
        AnswerQueue queue = new AnswerQueue(Runnable::run, 1);
        assertThrows(StackOverflowError.class, () -> queue.add(() -> {
            throw new StackOverflowError("simulated");
        }));
        assertEquals(0, queue.drainers());
        AtomicInteger later = new AtomicInteger();
        queue.add(later::incrementAndGet);
        assertEquals(1, later.get(), "an answer queued after the error ran");
    }

    @Test
    void refusesFewerThanOneDrainer() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerQueue(threads, 0));
    }

    private void assertAllRunOnce(int producers, int perProducer, int maxDrainers, long seed, String what)
            throws Exception {
        AnswerQueue queue = new AnswerQueue(threads, maxDrainers);
        int total = producers * perProducer;
        AtomicIntegerArray runs = new AtomicIntegerArray(total);
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> producing = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int first = p * perProducer;
            Random pauses = new Random(seed + p);
            producing.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                for (int i = first; i < first + perProducer; i++) {
                    int index = i;
                    queue.add(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        runs.incrementAndGet(index);
                        running.decrementAndGet();
                        ran.incrementAndGet();
                    });
                    if (pauses.nextInt(50) == 0) {
                        LockSupport.parkNanos(pauses.nextInt(200_000));
                    }
                }
            }));
        }
        start.countDown();
        for (Thread producer : producing) {
            producer.join(30_000);
        }
        // An answer left behind never runs: this times out. One run twice shows below.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ran.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        awaitNoDrainer(queue);
        assertEquals(total, ran.get(), what + ": answers run");
        for (int i = 0; i < total; i++) {
            assertEquals(1, runs.get(i), what + ": answer " + i + " of " + total + " ran this many times");
        }
        assertTrue(mostAtOnce.get() <= maxDrainers, what + ": " + mostAtOnce.get() + " answers ran at once");
    }

    /** Drainers stop once the queue is empty; one that never stops would hold a managed thread forever. */
    private static void awaitNoDrainer(AnswerQueue queue) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (queue.drainers() > 0) {
            assertTrue(System.nanoTime() < deadline, "a drainer is still running after 20 s");
            Thread.sleep(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
