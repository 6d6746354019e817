package io.peeringconsole.web.infrastructure.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.agreement.application.AgreementService;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * One run of the expiry job: batch after batch until none is left, and a failure that does not escape, so that the
 * timer keeps its schedule. The service's own expiry, with the database, is AgreementExpiryIT's.
 */
class AgreementExpiryJobTest {

    /** Answers each call to expireDue from a script, and records the instants it was asked about. */
    static final class ScriptedService extends AgreementService {

        final Deque<IntSupplier> script = new ArrayDeque<>();
        final List<Instant> asked = new ArrayList<>();

        @Override
        public int expireDue(Instant now) {
            asked.add(now);
            return script.isEmpty() ? 0 : script.pop().getAsInt();
        }
    }

    private static AgreementExpiryJob jobWith(ScriptedService service) {
        AgreementExpiryJob job = new AgreementExpiryJob();
        job.agreements = service;
        return job;
    }

    @Test
    void aRunExpiresBatchAfterBatchUntilNoneIsLeft() {
        ScriptedService service = new ScriptedService();
        service.script.addAll(List.of(() -> 500, () -> 500, () -> 3));
        assertEquals(1003, jobWith(service).runOnce());
        assertEquals(4, service.asked.size(), "three batches, then one that finds nothing");
    }

    @Test
    void aFailureIsLoggedAndTheNextRunExpiresAgain() {
        ScriptedService service = new ScriptedService();
        service.script.add(() -> {
            throw new IllegalStateException("database unavailable");
        });
        AgreementExpiryJob job = jobWith(service);
        assertEquals(0, job.runOnce());
        service.script.add(() -> 2);
        assertEquals(2, job.runOnce());
    }

    @Test
    void aFaultThatNeverRunsDryStopsAtTheBound() {
        ScriptedService service = new ScriptedService();
        for (int i = 0; i < AgreementExpiryJob.MAX_BATCHES_PER_RUN + 5; i++) {
            service.script.add(() -> 1);
        }
        assertEquals(AgreementExpiryJob.MAX_BATCHES_PER_RUN, jobWith(service).runOnce());
    }
}
