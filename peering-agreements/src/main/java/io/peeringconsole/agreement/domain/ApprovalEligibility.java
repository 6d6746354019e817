package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.rules.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks the four-eyes rules before anyone presses a button: could this operator approve or reject a pending agreement
 * now, and if not, why. The answer is the same refusal {@link PeeringAgreement#approve} would give, so a disabled
 * button and a refused request never disagree.
 */
public final class ApprovalEligibility {

    /** An approval already given, as a view of the agreement reports it. */
    public record Given(String approver, ApprovalCapacity capacity) {

        public Given {
            Objects.requireNonNull(approver, "An approval names its approver.");
            Objects.requireNonNull(capacity, "An approval names its capacity.");
        }
    }

    private ApprovalEligibility() {
    }

    /**
     * Why {@code by} may not approve now, or empty when they may; the activation gate is a separate question.
     *
     * @param proposer whoever submitted the agreement
     */
    public static Optional<String> approvalRefusal(Operator by, String localDomain, String proposer,
            boolean securityNeeded, List<Given> given) {
        List<Approval> approvals = given.stream()
                .map(g -> new Approval(g.approver(), g.capacity(), Instant.EPOCH))
                .toList();
        try {
            FourEyes.capacityFor(by, localDomain, proposer, securityNeeded, approvals);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Why {@code by} may not reject now, or empty when they may. */
    public static Optional<String> rejectionRefusal(Operator by, String localDomain, boolean securityNeeded) {
        try {
            FourEyes.requireMayReject(by, localDomain, securityNeeded);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
