package io.peeringconsole.agreement.application;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.Operators;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementViewTest {

    @Test
    void aPendingAgreementShowsWhoProposedWhoApprovedAndWhatIsMissing() {
        PeeringAgreement agreement = Saved.withId(anAgreement().needingSecurityApproval()
                .inStatus(AgreementStatus.PENDING_APPROVAL), 5);
        agreement.approve(Operators.sam(), GateResult.passed(), NOW);
        AgreementView view = AgreementView.of(agreement, "Example Networks");
        assertEquals("paula", view.proposedBy());
        assertEquals(List.of(new AgreementView.ApprovalView("sam", ApprovalCapacity.SECURITY, NOW)),
                view.approvals());
        assertEquals(List.of(ApprovalCapacity.DOMAIN), view.outstandingApprovals());
        assertEquals(Set.of(AgreementAction.APPROVE, AgreementAction.REJECT, AgreementAction.TERMINATE),
                view.allowedActions());
    }

    @Test
    void expiryIsNotOfferedToPeopleAndNothingIsOutstandingOutsideApproval() {
        AgreementView view = AgreementView.of(Saved.withId(anAgreement().inStatus(AgreementStatus.ACTIVE), 6),
                "Example Networks");
        assertEquals(Set.of(AgreementAction.SUSPEND, AgreementAction.TERMINATE), view.allowedActions());
        assertTrue(view.outstandingApprovals().isEmpty());
    }
}
