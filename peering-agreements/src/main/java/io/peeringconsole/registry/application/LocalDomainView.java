package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.LocalDomain;
import io.peeringconsole.rules.application.AuditStates;
import java.time.Instant;

/** A local domain as the UI and the REST API see it. */
public record LocalDomainView(long id, String name, String displayName, long version, Instant createdAt) {

    static LocalDomainView of(LocalDomain domain) {
        return new LocalDomainView(domain.id(), domain.name(), domain.displayName(), domain.version(),
                domain.createdAt());
    }

    String auditState() {
        return AuditStates.text(AuditStates.object()
                .add("id", id).add("name", name).add("displayName", displayName).add("version", version));
    }
}
