package io.peeringconsole.trust.application;

import io.peeringconsole.audit.application.AuditTrail;
import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps the events a service records, in order, instead of appending them to the chain. */
final class RecordingAuditTrail extends AuditTrail {

    final List<AuditEvent> events = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();

    @Override
    public void record(Actor actor, AuditEvent event) {
        actors.add(actor);
        events.add(event);
    }

    List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }
}
