package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.LOCAL_DOMAIN;
import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.rules.DomainException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The question asked before a button is offered must get the answer the verb itself gives. */
class ApprovalEligibilityTest {

    private static final List<Operator> PEOPLE = List.of(Operators.paula(), Operators.arthur(), Operators.alice(),
            Operators.olga(), Operators.sam(), Operators.bea());

    @Test
    void everyOperatorGetsTheSameAnswerAsApprovingWouldGive() {
        for (boolean security : List.of(false, true)) {
            for (Operator first : PEOPLE) {
                for (Operator second : PEOPLE) {
                    PeeringAgreement agreement = pending(security);
                    tryApprove(agreement, first);
                    if (agreement.status() != AgreementStatus.PENDING_APPROVAL) {
                        continue;
                    }
                    Optional<String> predicted = ApprovalEligibility.approvalRefusal(second, LOCAL_DOMAIN,
                            agreement.approvalRound().proposedBy(), security, given(agreement));
                    Optional<String> actual = tryApprove(agreement, second);
                    assertEquals(actual, predicted, () -> first.username() + " then " + second.username()
                            + (security ? " with" : " without") + " security approval");
                }
            }
        }
    }

    @Test
    void theProposerIsToldThatSomeoneElseMustApprove() {
        Optional<String> refusal = ApprovalEligibility.approvalRefusal(Operators.paula(), LOCAL_DOMAIN, "paula",
                false, List.of());
        assertTrue(refusal.orElseThrow().contains("someone else must approve it"), refusal::orElseThrow);
        assertEquals(Optional.empty(), ApprovalEligibility.approvalRefusal(Operators.arthur(), LOCAL_DOMAIN, "paula",
                false, List.of()));
    }

    @Test
    void onlyThoseEntitledForTheDomainOrAsSecurityOfficerMayReject() {
        assertEquals(Optional.empty(), ApprovalEligibility.rejectionRefusal(Operators.arthur(), LOCAL_DOMAIN, false));
        assertTrue(ApprovalEligibility.rejectionRefusal(Operators.olga(), LOCAL_DOMAIN, false).isPresent());
        assertTrue(ApprovalEligibility.rejectionRefusal(Operators.sam(), LOCAL_DOMAIN, false).isPresent());
        assertEquals(Optional.empty(), ApprovalEligibility.rejectionRefusal(Operators.sam(), LOCAL_DOMAIN, true));
    }

    private static PeeringAgreement pending(boolean security) {
        AgreementBuilder builder = anAgreement();
        return (security ? builder.needingSecurityApproval() : builder).inStatus(AgreementStatus.PENDING_APPROVAL);
    }

    private static List<ApprovalEligibility.Given> given(PeeringAgreement agreement) {
        return agreement.approvalRound().approvals().stream()
                .map(a -> new ApprovalEligibility.Given(a.approver(), a.capacity()))
                .toList();
    }

    private static Optional<String> tryApprove(PeeringAgreement agreement, Operator by) {
        try {
            agreement.approve(by, GateResult.passed(), NOW);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
