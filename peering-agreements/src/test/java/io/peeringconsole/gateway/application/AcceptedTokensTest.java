package io.peeringconsole.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of recently accepted gateway tokens: what it answers, for how long, and that a change empties it. */
class AcceptedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final Duration NO_LIMIT = Duration.ZERO;
    private final AcceptedTokens tokens = new AcceptedTokens();

    private void accept(String token, long generation, Instant issuedAt) {
        tokens.remember(token, generation, AcceptedTokens.Accepted.at(NOW, 7, "edge-1", "example.com", issuedAt));
    }

    @Test
    void aRememberedTokenIsAnsweredUntilItsTimeToLiveRunsOut() {
        accept("pcg.a.secret", tokens.generation(), NOW);
        AcceptedTokens.Accepted accepted = tokens.find("pcg.a.secret", NOW, NO_LIMIT).orElseThrow();
        assertEquals(7, accepted.gatewayId());
        assertEquals("example.com", accepted.localDomain());
        assertTrue(tokens.find("pcg.a.secret", NOW.plus(AcceptedTokens.TIME_TO_LIVE).minusMillis(1), NO_LIMIT)
                .isPresent());
        assertTrue(tokens.find("pcg.a.secret", NOW.plus(AcceptedTokens.TIME_TO_LIVE), NO_LIMIT).isEmpty());
        assertEquals(0, tokens.size(), "an expired entry is dropped when met");
    }

    @Test
    void onlyTheExactTokenMatches() {
        accept("pcg.a.secret", tokens.generation(), NOW);
        assertTrue(tokens.find("pcg.a.secreT", NOW, NO_LIMIT).isEmpty());
        assertTrue(tokens.find("pcg.a.secre", NOW, NO_LIMIT).isEmpty());
    }

    @Test
    void aTokenPastItsMaximumAgeIsNotAnsweredEvenWithinTheTimeToLive() {
        Duration maxAge = Duration.ofDays(90);
        accept("pcg.a.secret", tokens.generation(), NOW.minus(maxAge).plusMillis(500));
        assertTrue(tokens.find("pcg.a.secret", NOW, maxAge).isPresent());
        assertTrue(tokens.find("pcg.a.secret", NOW.plusMillis(500), maxAge).isEmpty());
    }

    @Test
    void aChangeForgetsEverythingAtOnce() {
        accept("pcg.a.secret", tokens.generation(), NOW);
        accept("pcg.b.secret", tokens.generation(), NOW);
        tokens.forgetAll();
        assertTrue(tokens.find("pcg.a.secret", NOW, NO_LIMIT).isEmpty());
        assertTrue(tokens.find("pcg.b.secret", NOW, NO_LIMIT).isEmpty());
    }

    @Test
    void aReadThatBeganBeforeAChangeIsNotRemembered() {
        long readIn = tokens.generation();
        tokens.forgetAll(); // a rotation commits while the database read is under way
        accept("pcg.a.secret", readIn, NOW);
        assertTrue(tokens.find("pcg.a.secret", NOW, NO_LIMIT).isEmpty());
        accept("pcg.a.secret", tokens.generation(), NOW);
        assertTrue(tokens.find("pcg.a.secret", NOW, NO_LIMIT).isPresent(), "a read after the change is kept");
    }

    @Test
    void racingReadsAndChangesNeverLeaveAnEntryFromAnOlderGeneration() throws Exception {
        for (int trial = 0; trial < 200; trial++) {
            AcceptedTokens racing = new AcceptedTokens();
            long readIn = racing.generation();
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger done = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            threads.execute(() -> {
                await(start);
                for (int i = 0; i < 50; i++) {
                    racing.remember("pcg.t" + i + ".secret", readIn, AcceptedTokens.Accepted.at(NOW, 1, "edge",
                            "example.com", NOW));
                }
                done.incrementAndGet();
            });
            threads.execute(() -> {
                await(start);
                racing.forgetAll();
                done.incrementAndGet();
            });
            start.countDown();
            threads.shutdown();
            assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(2, done.get());
            // Whatever the interleaving, nothing read before the change may remain after it.
            assertEquals(0, racing.size(), "trial " + trial);
        }
    }

    @Test
    void theCacheStopsGrowingAtItsBound() {
        for (int i = 0; i < AcceptedTokens.MAX_ENTRIES + 10; i++) {
            accept("pcg." + i + ".secret", tokens.generation(), NOW);
        }
        assertEquals(AcceptedTokens.MAX_ENTRIES, tokens.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
