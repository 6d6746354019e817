package io.peeringconsole.trust.infrastructure;

import io.peeringconsole.rules.application.Flushing;
import jakarta.persistence.EntityManager;

/** Runs a change and flushes it, turning the races another console node can win into conflicts. */
final class Flushes {

    private Flushes() {
    }

    static void flushing(EntityManager em, String duplicateMessage, Runnable change) {
        Flushing.flush(em, Flushing.Conflicts.of("This was changed by someone else while you were saving; reload and apply"
                + " your change again.", duplicateMessage, "The peer network or certificate this refers to was removed meanwhile;"
                + " reload and try again."), change);
    }
}
