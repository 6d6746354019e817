package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One round of approval, from submission to activation or rejection: who proposed, whether a security officer must
 * approve too, and the approvals given so far. Changed in place by {@link PeeringAgreement}; the rules of who may
 * approve are {@link FourEyes}'.
 */
@Embeddable
public class ApprovalRound {

    @Column(name = "proposed_by", length = Username.MAX_LENGTH)
    private String proposedBy;

    @Column(name = "requires_security_approval", nullable = false)
    private boolean securityApprovalNeeded;

    @ElementCollection
    @CollectionTable(name = "agreement_approval", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Approval> approvals = new ArrayList<>();

    protected ApprovalRound() {
        // for JPA and for an agreement not yet submitted
    }

    void start(String proposer, boolean securityNeeded) {
        proposedBy = proposer;
        securityApprovalNeeded = securityNeeded;
        approvals.clear();
    }

    void discard() {
        proposedBy = null;
        securityApprovalNeeded = false;
        approvals.clear();
    }

    ApprovalCapacity capacityFor(Operator by, String localDomain) {
        return FourEyes.capacityFor(by, localDomain, proposedBy, securityApprovalNeeded, approvals);
    }

    void requireMayReject(Operator by, String localDomain) {
        FourEyes.requireMayReject(by, localDomain, securityApprovalNeeded);
    }

    void record(String approver, ApprovalCapacity capacity, Instant now) {
        approvals.add(new Approval(approver, capacity, now));
    }

    boolean isComplete() {
        return outstanding().isEmpty();
    }

    /** The capacities whose approval is still missing. */
    public List<ApprovalCapacity> outstanding() {
        return FourEyes.outstanding(securityApprovalNeeded, approvals);
    }

    /** Whoever submitted the agreement; null while it is a draft. */
    public String proposedBy() {
        return proposedBy;
    }

    public boolean requiresSecurityApproval() {
        return securityApprovalNeeded;
    }

    public List<Approval> approvals() {
        return Collections.unmodifiableList(approvals);
    }
}
