package io.peeringconsole.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds an intact trail through {@link AuditChain#append}, as the application would record it. */
final class TrailBuilder {

    /** A trail and the head that recorded it. */
    record Trail(List<AuditEntry> entries, AuditChainHead head) {

        AuditEntry entry(long sequence) {
            return entries.get((int) sequence - 1);
        }

        /** A modifiable copy of the entries, for tampering. */
        List<AuditEntry> copy() {
            return new ArrayList<>(entries);
        }
    }

    private int size = 10;
    private Instant start = Instant.parse("2025-03-01T10:15:30.123456789Z");

    static TrailBuilder aTrail() {
        return new TrailBuilder();
    }

    TrailBuilder ofSize(int entries) {
        size = entries;
        return this;
    }

    Trail build() {
        AuditChainHead head = AuditChainHead.genesis();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Actor actor = i % 3 == 0 ? Actor.system() : new Actor("admin" + (i % 2), "ADMIN", "198.51.100." + i);
            AuditEvent event = AuditEvent.of("PEER_NETWORK_UPDATED", "PeerNetwork", "peer-" + i)
                    .inDomain(i % 2 == 0 ? "example.com" : "example.org")
                    .before("{\"name\":\"Peer " + (i - 1) + "\"}")
                    .after("{\"name\":\"Peer " + i + "\"}");
            entries.add(AuditChain.append(head, actor, event, start.plus(Duration.ofSeconds(i))));
        }
        return new Trail(List.copyOf(entries), head);
    }
}
