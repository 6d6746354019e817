package io.peeringconsole.bench.gateway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One measurement of benchmark (2): N gateways long-poll with the current ETag, all parked on the console; then a real
 * change is published, and for each gateway the time from sending the publish request until its answer with the new
 * serial is read to the last byte is recorded.
 */
final class LongPollRound {

    /** Connections being opened at once, so that the console's accept backlog is not overrun. */
    private static final int CONNECTING_AT_ONCE = 200;
    private static final int WAIT_SECONDS = 300;
    /** Polls opened before waiting for the console to have parked them. */
    private static final int WAVE = 1000;

    record Result(int gateways, long serial, int gotNewSerial, int failed, String firstFailure, double p50Millis,
            double p99Millis, double maxMillis, double publishMillis, long heapBeforeKb, long heapParkedKb,
            int parkedSeen) {
    }

    private final BenchDomain domain;
    private final ConsoleProbe probe;
    private final String host;
    private final int port;

    LongPollRound(BenchDomain domain, ConsoleProbe probe, String host, int port) {
        this.domain = domain;
        this.probe = probe;
        this.host = host;
        this.port = port;
    }

    Result run(List<String> tokens, String etag) throws Exception {
        int n = tokens.size();
        long heapBefore = probe.usedHeapAfterGcKb();
        LongPoll.Answer[] answers = new LongPoll.Answer[n];
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger answeredEarly = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch sent = new CountDownLatch(n);
        CountDownLatch published = new CountDownLatch(1);
        Semaphore connecting = new Semaphore(CONNECTING_AT_ONCE);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % WAVE == 0) {
                // Let the console park this wave before the next arrives: it queues at most 4,096 requests beyond its
                // 200 request threads and drops connections past that (see README), as a whole fleet reconnecting in
                // the same second would make it do.
                while (sent.getCount() > n - i) {
                    Thread.sleep(50);
                }
                probe.awaitParked(i, 60);
            }
            int index = i;
            threads.submit(() -> {
                LongPoll poll = null;
                try {
                    connecting.acquire();
                    try {
                        poll = LongPoll.send(host, port, tokens.get(index), etag, WAIT_SECONDS);
                    } finally {
                        connecting.release();
                        sent.countDown();
                    }
                    answers[index] = poll.await();
                    if (published.getCount() > 0) {
                        answeredEarly.incrementAndGet();
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e.toString());
                } finally {
                    closeQuietly(poll);
                }
                return null;
            });
        }
        sent.await();
        int parked = probe.awaitParked(n, 60);
        long heapParked = probe.usedHeapAfterGcKb();
        if (answeredEarly.get() > 0 || failed.get() > 0) {
            throw new IllegalStateException(answeredEarly.get() + " polls were answered and " + failed.get()
                    + " failed before the publish (" + firstFailure.get() + ")");
        }
        domain.change();
        long start = System.nanoTime();
        AdminApi.Reply publish = domain.publish();
        long publishMillis = (System.nanoTime() - start) / 1_000_000;
        published.countDown();
        long serial = publish.number("serial");
        threads.shutdown();
        if (!threads.awaitTermination(WAIT_SECONDS + 30, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        List<Double> millis = new ArrayList<>();
        for (LongPoll.Answer answer : answers) {
            if (answer != null && answer.status() == 200 && answer.serial() == serial) {
                millis.add((answer.readAtNanos() - start) / 1e6);
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(n, serial, sorted.length, failed.get(), firstFailure.get(), percentile(sorted, 50),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], publishMillis,
                heapBefore, heapParked, parked);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static void closeQuietly(LongPoll poll) {
        if (poll != null) {
            try {
                poll.close();
            } catch (IOException ignored) {
                // the answer was read; a failing close changes nothing measured
            }
        }
    }

    static String describe(Result r) {
        return String.join("\n", Arrays.asList(
                "longpoll." + r.gateways() + ".serial=" + r.serial(),
                "longpoll." + r.gateways() + ".gotNewSerial=" + r.gotNewSerial(),
                "longpoll." + r.gateways() + ".failed=" + r.failed()
                        + (r.firstFailure() == null ? "" : " (" + r.firstFailure() + ")"),
                "longpoll." + r.gateways() + ".parkedSeenByConsole=" + r.parkedSeen(),
                "longpoll." + r.gateways() + ".publishRequestMillis=" + r.publishMillis(),
                String.format("longpoll.%d.p50Millis=%.1f", r.gateways(), r.p50Millis()),
                String.format("longpoll.%d.p99Millis=%.1f", r.gateways(), r.p99Millis()),
                String.format("longpoll.%d.maxMillis=%.1f", r.gateways(), r.maxMillis()),
                "longpoll." + r.gateways() + ".heapUsedAfterGcBeforeKb=" + r.heapBeforeKb(),
                "longpoll." + r.gateways() + ".heapUsedAfterGcParkedKb=" + r.heapParkedKb()));
    }
}
