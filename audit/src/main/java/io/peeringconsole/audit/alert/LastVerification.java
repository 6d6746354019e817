package io.peeringconsole.audit.alert;

import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.domain.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs the chain verification and keeps its last result for the dashboard. Kept in memory on each node: a node that
 * restarts verifies again on its schedule (and on demand), which is cheaper than trusting a stored verdict that could
 * itself be altered.
 */
@ApplicationScoped
public class LastVerification {

    @Inject
    AuditQueries queries;

    private volatile Result last;

    public ChainVerification run() {
        ChainVerification verification = queries.verifyChain();
        last = new Result(verification, Instant.now());
        return verification;
    }

    public Optional<Result> last() {
        return Optional.ofNullable(last);
    }

    /** One verification and when it finished. */
    public record Result(ChainVerification verification, Instant at) {
    }
}
