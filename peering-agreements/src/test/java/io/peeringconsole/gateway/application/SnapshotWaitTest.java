package io.peeringconsole.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.snapshot.application.PublishedSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SnapshotWaitTest {

    /** A feed of one domain, in memory, that calls listeners the way the contract says. */
    private static final class Feed {
        final List<Consumer<PublishedSnapshot>> listeners = new CopyOnWriteArrayList<>();
        final AtomicInteger cancelled = new AtomicInteger();
        PublishedSnapshot current;

        Runnable register(long after, Consumer<PublishedSnapshot> listener) {
            if (current != null && current.serial() > after) {
                listener.accept(current);
                return cancelled::incrementAndGet;
            }
            listeners.add(listener);
            return () -> {
                listeners.remove(listener);
                cancelled.incrementAndGet();
            };
        }

        void publish(long serial) {
            current = snapshot(serial);
            listeners.forEach(listener -> {
                listeners.remove(listener);
                listener.accept(current);
            });
        }
    }

    private static PublishedSnapshot snapshot(long serial) {
        return new PublishedSnapshot("example.com", serial, "h" + serial,
                ("{\"serial\":" + serial + "}").getBytes(StandardCharsets.UTF_8), new byte[] {1}, Instant.EPOCH);
    }

    @Test
    void aPublishWakesTheWaitOnceAndATimeoutAfterwardsDoesNothing() {
        Feed feed = new Feed();
        List<Long> delivered = new ArrayList<>();
        SnapshotWait wait = SnapshotWait.start(listener -> feed.register(0, listener), s -> delivered.add(s.serial()));
        assertFalse(wait.isSettled());
        feed.publish(1);
        assertEquals(List.of(1L), delivered);
        assertFalse(wait.expire(), "the publish won");
        feed.publish(2);
        assertEquals(List.of(1L), delivered, "one answer per request");
    }

    @Test
    void aTimeoutWithdrawsTheRegistrationSoNoListenerOutlivesItsRequest() {
        Feed feed = new Feed();
        List<Long> delivered = new ArrayList<>();
        SnapshotWait wait = SnapshotWait.start(listener -> feed.register(0, listener), s -> delivered.add(s.serial()));
        assertTrue(wait.expire());
        assertEquals(1, feed.cancelled.get());
        assertTrue(feed.listeners.isEmpty());
        feed.publish(1);
        assertTrue(delivered.isEmpty());
        assertFalse(wait.expire(), "settled once");
    }

    @Test
    void aSnapshotThatAlreadyExistsIsDeliveredAtOnce() {
        Feed feed = new Feed();
        feed.publish(3);
        List<Long> delivered = new ArrayList<>();
        SnapshotWait wait = SnapshotWait.start(listener -> feed.register(2, listener), s -> delivered.add(s.serial()));
        assertEquals(List.of(3L), delivered);
        assertTrue(wait.isSettled());
        assertFalse(wait.expire());
    }

    @Test
    void whenPublishAndTimeoutRaceExactlyOneAnswerIsGiven() throws Exception {
        for (int round = 0; round < 2_000; round++) {
            Feed feed = new Feed();
            AtomicInteger answers = new AtomicInteger();
            SnapshotWait wait = SnapshotWait.start(listener -> feed.register(0, listener),
                    s -> answers.incrementAndGet());
            CyclicBarrier start = new CyclicBarrier(2);
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger expired = new AtomicInteger();
            Thread timer = new Thread(() -> {
                await(start);
                if (wait.expire()) {
                    expired.incrementAndGet();
                }
                done.countDown();
            });
            timer.start();
            await(start);
            feed.publish(1);
            done.await();
            timer.join();
            assertEquals(1, answers.get() + expired.get(), "round " + round);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
