package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.PublishedSnapshots;
import io.peeringconsole.gateway.application.SnapshotWait;
import io.peeringconsole.gateway.domain.SnapshotRequest;
import io.peeringconsole.snapshot.application.PublishedSnapshot;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A long poll held by {@link SnapshotFastPath} as a servlet async request, without a thread: answered by a publish
 * (the new snapshot, written by {@link HeldPolls}' queue) or by its timeout (judged again on what is published then,
 * so that a publish racing the timeout is served, not hidden behind a 304). Exactly one of them writes: whichever
 * claims the answer first; the registration with the feed never outlives the request.
 */
final class ServletLongPoll implements AsyncListener {

    /**
     * When the timeout finds a publish's answer being written, how long it waits for that write: the container turns
     * a timeout that returns with the request still open into an error.
     */
    private static final long GRACE_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ServletLongPoll.class.getName());

    /** What a held poll needs: whose it is, what it asked, the snapshot it holds, and the beans that answer it. */
    record Held(String localDomain, SnapshotRequest request, PublishedSnapshot holding, PublishedSnapshots snapshots,
            SnapshotWrites writes, HeldPolls heldPolls) {
    }

    private final Held held;
    private final AsyncContext async;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final CountDownLatch completed = new CountDownLatch(1);
    private volatile SnapshotWait pending;

    private ServletLongPoll(Held held, AsyncContext async) {
        this.held = held;
        this.async = async;
    }

    static void hold(HttpServletRequest request, HttpServletResponse response, Held held, SnapshotRequest.Wait wait) {
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(wait.atMost().toMillis());
        ServletLongPoll poll = new ServletLongPoll(held, async);
        async.addListener(poll);
        held.heldPolls().held();
        // The feed may call back at once (a publish since the current snapshot was read), possibly on this thread.
        poll.pending = held.snapshots().waitForNewer(held.localDomain(), wait.afterSerial(),
                snapshot -> held.heldPolls().answerSoon(() -> poll.publishedAnswer(snapshot)));
    }

    /** On {@link HeldPolls}' queue, after a publish. */
    private void publishedAnswer(PublishedSnapshot snapshot) {
        if (answered.compareAndSet(false, true)) {
            write(snapshot, true);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        withdraw();
        if (answered.compareAndSet(false, true)) {
            PublishedSnapshot current = held.snapshots().current(held.localDomain()).orElse(held.holding());
            var answer = held.request().afterWaiting(Optional.of(SnapshotResponses.facts(current)));
            write(current, answer instanceof SnapshotRequest.Serve);
        } else {
            awaitCompletion();
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        withdraw();
        if (answered.compareAndSet(false, true)) {
            complete();
        } else {
            awaitCompletion();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        withdraw();
        if (released.compareAndSet(false, true)) {
            held.heldPolls().released();
        }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Started once by hold(), never again.
    }

    private void withdraw() {
        SnapshotWait wait = pending;
        if (wait != null) {
            wait.expire();
        }
    }

    private void write(PublishedSnapshot snapshot, boolean serve) {
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            if (serve) {
                held.writes().served(response, snapshot);
            } else {
                held.writes().notModified(response, snapshot);
            }
        } catch (IOException | RuntimeException gone) {
            // The gateway went away (or the request ended) meanwhile; it will poll again.
            LOG.log(Level.FINE, "A long poll of " + held.localDomain() + " could not be answered", gone);
        } finally {
            complete();
        }
    }

    private void complete() {
        try {
            async.complete();
        } catch (IllegalStateException alreadyEnded) {
            LOG.log(Level.FINE, "A long poll of " + held.localDomain() + " had already ended", alreadyEnded);
        } finally {
            completed.countDown();
        }
    }

    private void awaitCompletion() {
        try {
            completed.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
