package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.Approval;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import io.peeringconsole.agreement.domain.Lifecycle;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.domain.Route;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An agreement as the UI and the REST API see it, detached from the persistence context. {@code allowedActions} are
 * the verbs a person may ask for in the current status (whether this operator may is the service's to say); expiry
 * is left out, since only the scheduled job does it.
 */
public record AgreementView(long id, String localDomain, long peerNetworkId, String peerDisplayName, Route route,
        AgreementTerms terms, AgreementStatus status, String statusReason, String statusChangedBy,
        Instant statusChangedAt, String proposedBy, boolean requiresSecurityApproval, List<ApprovalView> approvals,
        List<ApprovalCapacity> outstandingApprovals, Set<AgreementAction> allowedActions, String draftedBy,
        long version, Instant createdAt, Instant updatedAt) {

    /** One approval given: by whom, in which capacity, when. */
    public record ApprovalView(String approver, ApprovalCapacity capacity, Instant approvedAt) {

        static ApprovalView of(Approval approval) {
            return new ApprovalView(approval.approver(), approval.capacity(), approval.approvedAt());
        }
    }

    public AgreementView {
        approvals = List.copyOf(approvals);
        outstandingApprovals = List.copyOf(outstandingApprovals);
        allowedActions = allowedActions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(allowedActions));
    }

    static AgreementView of(PeeringAgreement agreement, String peerDisplayName) {
        var round = agreement.approvalRound();
        var change = agreement.lastChange();
        boolean pending = agreement.status() == AgreementStatus.PENDING_APPROVAL;
        return new AgreementView(agreement.id(), agreement.localDomain(), agreement.peerNetworkId(), peerDisplayName,
                agreement.route(), agreement.terms(), change.status(), change.reason(), change.changedBy(),
                change.changedAt(), round.proposedBy(), round.requiresSecurityApproval(),
                round.approvals().stream().map(ApprovalView::of).toList(),
                pending ? round.outstanding() : List.of(), byPeople(change.status()),
                agreement.draftedBy(), agreement.version(), agreement.createdAt(), agreement.updatedAt());
    }

    private static Set<AgreementAction> byPeople(AgreementStatus status) {
        Set<AgreementAction> actions = EnumSet.noneOf(AgreementAction.class);
        actions.addAll(Lifecycle.allowedFrom(status));
        actions.remove(AgreementAction.EXPIRE);
        return actions;
    }
}
