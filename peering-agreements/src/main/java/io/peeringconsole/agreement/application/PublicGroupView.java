package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.PublicGroup;
import io.peeringconsole.rules.application.AuditStates;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.Set;

/** A public group as the UI and the REST API see it. */
public record PublicGroupView(long id, String localDomain, String uri, int maxSize, Set<Long> exposedTo,
        long version, Instant createdAt, Instant updatedAt) {

    public PublicGroupView {
        exposedTo = Set.copyOf(exposedTo);
    }

    static PublicGroupView of(PublicGroup group) {
        return new PublicGroupView(group.id(), group.localDomain(), group.uri(), group.maxSize(), group.exposedTo(),
                group.version(), group.createdAt(), group.updatedAt());
    }

    String auditState() {
        JsonArrayBuilder peers = AuditStates.array();
        exposedTo.stream().sorted().forEach(peers::add);
        return AuditStates.text(AuditStates.object().add("id", id).add("localDomain", localDomain).add("uri", uri)
                .add("maxSize", maxSize).add("exposedTo", peers).add("version", version));
    }
}
