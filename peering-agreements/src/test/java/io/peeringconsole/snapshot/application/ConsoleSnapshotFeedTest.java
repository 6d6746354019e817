package io.peeringconsole.snapshot.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The feed without a container: a map stands in for the snapshot table. */
class ConsoleSnapshotFeedTest {

    private final Map<String, PublishedSnapshot> table = new HashMap<>();
    private final AtomicInteger contentLoads = new AtomicInteger();
    private final AtomicInteger serialReads = new AtomicInteger();
    private final ConsoleSnapshotFeed feed = new ConsoleSnapshotFeed();

    ConsoleSnapshotFeedTest() {
        feed.reads = new SnapshotReads() {
            @Override
            public Optional<Long> currentSerial(String localDomain) {
                serialReads.incrementAndGet();
                return Optional.ofNullable(table.get(localDomain)).map(PublishedSnapshot::serial);
            }

            @Override
            public Optional<PublishedSnapshot> current(String localDomain) {
                contentLoads.incrementAndGet();
                return Optional.ofNullable(table.get(localDomain));
            }
        };
    }

    @Test
    void aWaiterIsCalledOnceWhenANewerSerialCommitsAndNotForOtherDomains() {
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        feed.onNewer("a.example", 0, s -> a.add(s.serial()));
        feed.onNewer("b.example", 0, s -> b.add(s.serial()));
        feed.published(new SnapshotPublished(snapshot("a.example", 1)));
        feed.published(new SnapshotPublished(snapshot("a.example", 2)));
        assertEquals(List.of(1L), a);
        assertEquals(List.of(), b);
        assertEquals(1, feed.waiters.count());
    }

    @Test
    void aNewerSnapshotThatExistsAlreadyIsHandedOverAtOnce() {
        table.put("a.example", snapshot("a.example", 5));
        List<Long> got = new ArrayList<>();
        feed.onNewer("a.example", 4, s -> got.add(s.serial()));
        feed.onNewer("a.example", 5, s -> got.add(-s.serial()));
        assertEquals(List.of(5L), got);
        assertEquals(1, feed.waiters.count(), "the waiter for serial 5 still waits");
    }

    @Test
    void aCancelledWaiterIsNeverCalledAndLeavesNothingBehind() {
        List<Long> got = new ArrayList<>();
        Runnable cancel = feed.onNewer("a.example", 0, s -> got.add(s.serial()));
        cancel.run();
        feed.published(new SnapshotPublished(snapshot("a.example", 1)));
        cancel.run();
        assertEquals(List.of(), got);
        assertEquals(0, feed.waiters.count());
    }

    @Test
    void aPublishOnAnotherNodeIsFoundByPollingAndTheContentIsLoadedOnlyWhenTheSerialMoves() {
        table.put("a.example", snapshot("a.example", 1));
        assertEquals(1, feed.current("a.example").orElseThrow().serial());
        assertEquals(1, feed.current("a.example").orElseThrow().serial());
        assertEquals(1, contentLoads.get(), "an unchanged serial is answered from memory");
        List<Long> got = new ArrayList<>();
        feed.onNewer("a.example", 1, s -> got.add(s.serial()));
        feed.pollOtherNodes();
        assertEquals(List.of(), got);
        table.put("a.example", snapshot("a.example", 2));
        feed.pollOtherNodes();
        assertEquals(List.of(2L), got);
        assertTrue(feed.wasPublished("a.example", 2));
        assertFalse(feed.wasPublished("a.example", 3));
        assertFalse(feed.wasPublished("b.example", 1));
    }

    @Test
    void pullsOfAKnownDomainAreAnsweredFromMemoryWithoutReadingTheStore() {
        table.put("a.example", snapshot("a.example", 1));
        for (int i = 0; i < 100; i++) {
            assertEquals(1, feed.current("a.example").orElseThrow().serial());
        }
        assertEquals(1, serialReads.get(), "only the first pull reads the store");
        assertEquals(1, contentLoads.get());
    }

    @Test
    void aLocalPublishIsServedAtOnceAndAnotherNodesPublishAfterTheNextPoll() {
        table.put("a.example", snapshot("a.example", 1));
        assertEquals(1, feed.current("a.example").orElseThrow().serial());
        feed.published(new SnapshotPublished(snapshot("a.example", 2)));
        assertEquals(2, feed.current("a.example").orElseThrow().serial(), "this node's publish, at once");
        table.put("a.example", snapshot("a.example", 3));
        assertEquals(2, feed.current("a.example").orElseThrow().serial(), "another node's, not yet");
        feed.pollOtherNodes();
        assertEquals(3, feed.current("a.example").orElseThrow().serial(), "another node's, after the poll");
    }

    @Test
    void aDomainNeverPublishedIsAskedOfTheStoreEachTimeSoItsFirstPublishIsNotMissed() {
        assertTrue(feed.current("a.example").isEmpty());
        table.put("a.example", snapshot("a.example", 1));
        assertEquals(1, feed.current("a.example").orElseThrow().serial());
    }

    @Test
    void aWaiterRegisteredAfterAnotherNodesUnreadPublishGetsItByTheNextPoll() {
        table.put("a.example", snapshot("a.example", 1));
        feed.current("a.example");
        table.put("a.example", snapshot("a.example", 2));
        List<Long> got = new ArrayList<>();
        feed.onNewer("a.example", 1, s -> got.add(s.serial()));
        assertEquals(List.of(), got, "registering reads no database");
        feed.pollOtherNodes();
        assertEquals(List.of(2L), got);
    }

    @Test
    void aLatePollResultNeverReplacesANewerSnapshotAlreadyServed() {
        table.put("a.example", snapshot("a.example", 1));
        feed.published(new SnapshotPublished(snapshot("a.example", 2)));
        feed.pollOtherNodes();
        assertEquals(2, feed.current("a.example").orElseThrow().serial());
    }

    @Test
    void tenThousandWaitersRacingWithDeliveriesAreEachCalledExactlyOnce() throws Exception {
        int count = 10_000;
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch registered = new CountDownLatch(count);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            pool.execute(() -> {
                feed.onNewer("a.example", 0, s -> calls.incrementAndGet());
                registered.countDown();
            });
            if (i % 1000 == 0) {
                feed.published(new SnapshotPublished(snapshot("a.example", 1 + i / 1000)));
            }
        }
        assertTrue(registered.await(30, TimeUnit.SECONDS));
        pool.shutdown();
        feed.published(new SnapshotPublished(snapshot("a.example", 100)));
        assertEquals(count, calls.get());
        assertEquals(0, feed.waiters.count());
    }

    private static PublishedSnapshot snapshot(String domain, long serial) {
        return new PublishedSnapshot(domain, serial, "h" + serial, new byte[] {1}, new byte[] {2},
                Instant.parse("2026-11-25T12:00:00Z"));
    }
}
