package io.peeringconsole.audit.forwarding;

import io.peeringconsole.audit.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One forwarding round: sends the entries after the cursor batch by batch and moves the cursor after each batch the
 * receiver confirmed. Stops at the first failure, which is recorded; the entries stay in the queue for the next round.
 */
@ApplicationScoped
public class AuditForwarder {

    /** Batches per round, so that one round never runs for long even with a large backlog. */
    static final int MAX_BATCHES_PER_ROUND = 20;

    @Inject
    ForwardingStore store;

    private final Clock clock = Clock.systemUTC();

    /** @return how many entries the receiver confirmed in this round */
    public Round forward(SyslogSettings settings, SyslogTransport transport) {
        long delivered = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            List<AuditEntry> pending = store.pending(settings.batchSize());
            if (pending.isEmpty()) {
                break;
            }
            try {
                transport.deliver(pending.stream().map(e -> SyslogMessage.format(e, settings.hostname(),
                        settings.appName(), settings.facility(), settings.maxMessageBytes())).toList());
            } catch (IOException | RuntimeException e) {
                String reason = transport + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
                store.failed(reason, Instant.now(clock));
                return new Round(delivered, reason);
            }
            store.confirmed(pending.getLast().sequence(), Instant.now(clock));
            delivered += pending.size();
            if (pending.size() < settings.batchSize()) {
                break;
            }
        }
        return new Round(delivered, null);
    }

    /**
     * @param delivered entries the receiver confirmed
     * @param failure   why the round stopped early, or {@code null}
     */
    public record Round(long delivered, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }
}
