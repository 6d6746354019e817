package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.application.AgreementView;
import java.time.Instant;
import java.util.List;

/**
 * A peering agreement as the API shows it. {@code allowedActions} are the verbs its status allows (whether the caller
 * may use them is decided when they ask); {@code outstandingApprovals} the capacities still to approve.
 */
public record AgreementRepresentation(long id, String localDomain, long peerNetworkId, String peerDisplayName,
        Long clearingHouseId, GrantRepresentation inbound, GrantRepresentation outbound, String tlsVersion,
        Instant validFrom, Instant validUntil, String status, String statusReason, String statusChangedBy,
        Instant statusChangedAt, String proposedBy, boolean requiresSecurityApproval, List<Approval> approvals,
        List<String> outstandingApprovals, List<String> allowedActions, String draftedBy, long version,
        Instant createdAt, Instant updatedAt) {

    /** One approval given. */
    public record Approval(String approver, String capacity, Instant approvedAt) {
    }

    static AgreementRepresentation of(AgreementView view) {
        var terms = view.terms();
        return new AgreementRepresentation(view.id(), view.localDomain(), view.peerNetworkId(),
                view.peerDisplayName(), view.route().clearingHouseId(), GrantRepresentation.of(terms.inbound()),
                GrantRepresentation.of(terms.outbound()), terms.tlsVersion().name(), terms.validity().from(),
                terms.validity().until(), view.status().name(), view.statusReason(), view.statusChangedBy(),
                view.statusChangedAt(), view.proposedBy(), view.requiresSecurityApproval(),
                view.approvals().stream().map(a -> new Approval(a.approver(), a.capacity().name(), a.approvedAt()))
                        .toList(),
                view.outstandingApprovals().stream().map(Enum::name).toList(),
                view.allowedActions().stream().map(Enum::name).toList(), view.draftedBy(), view.version(),
                view.createdAt(), view.updatedAt());
    }
}
