package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourEyesTest {

    private static PeeringAgreement pending() {
        return anAgreement().inStatus(AgreementStatus.PENDING_APPROVAL);
    }

    private static PeeringAgreement pendingWithSecurity() {
        return anAgreement().needingSecurityApproval().inStatus(AgreementStatus.PENDING_APPROVAL);
    }

    @Test
    void theProposerCannotApproveTheirOwnAgreement() {
        PeeringAgreement agreement = pending();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> agreement.approve(Operators.paula(), GateResult.passed(), NOW));
        assertTrue(refused.getMessage().contains("You submitted this agreement, so someone else must approve it"),
                refused.getMessage());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
        assertTrue(agreement.approvalRound().approvals().isEmpty());
    }

    @Test
    void theProposerIsWhoeverSubmittedNotWhoeverDrafted() {
        PeeringAgreement agreement = anAgreement().draft();
        agreement.submit(Operators.arthur(), false, NOW);
        assertEquals("arthur", agreement.approvalRound().proposedBy());
        agreement.approve(Operators.paula(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }

    @Test
    void aDomainAdminOfAnotherDomainCannotApprove() {
        PeeringAgreement agreement = pending();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> agreement.approve(Operators.olga(), GateResult.passed(), NOW));
        assertTrue(refused.getMessage().contains("an ADMIN or a DOMAIN_ADMIN scoped to example.com"),
                refused.getMessage());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void aSecurityOfficerAloneCannotApproveWhatNeedsNoSecurityApproval() {
        PeeringAgreement agreement = pending();
        assertThrows(AccessDeniedException.class, () -> agreement.approve(Operators.sam(), GateResult.passed(), NOW));
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void anAdminOrAScopedDomainAdminActivatesWithOneApproval() {
        for (Operator approver : List.of(Operators.alice(), Operators.arthur())) {
            PeeringAgreement agreement = pending();
            agreement.approve(approver, GateResult.passed(), NOW);
            assertEquals(AgreementStatus.ACTIVE, agreement.status(), approver.username());
            assertEquals(ApprovalCapacity.DOMAIN, agreement.approvalRound().approvals().getFirst().capacity());
        }
    }

    @Test
    void securitySensitiveAgreementsNeedTheDomainApprovalAndTheSecurityOfficersInThisOrder() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.approve(Operators.arthur(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
        assertEquals(List.of(ApprovalCapacity.SECURITY), agreement.approvalRound().outstanding());
        agreement.approve(Operators.sam(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }

    @Test
    void securitySensitiveAgreementsNeedBothApprovalsInTheOtherOrderToo() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.approve(Operators.sam(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
        assertEquals(List.of(ApprovalCapacity.DOMAIN), agreement.approvalRound().outstanding());
        agreement.approve(Operators.alice(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }

    @Test
    void aSecondDomainApprovalDoesNotReplaceTheSecurityOfficers() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.approve(Operators.arthur(), GateResult.passed(), NOW);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> agreement.approve(Operators.alice(), GateResult.passed(), NOW));
        assertTrue(refused.getMessage().contains("an approval by a SECURITY_OFFICER"), refused.getMessage());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void onePersonCannotGiveBothApprovalsEvenHoldingBothRoles() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.approve(Operators.bea(), GateResult.passed(), NOW);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> agreement.approve(Operators.bea(), GateResult.passed(), NOW));
        assertTrue(refused.getMessage().contains("You have already approved"), refused.getMessage());
        assertEquals(1, agreement.approvalRound().approvals().size());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void aRefusingGateRecordsNoApproval() {
        PeeringAgreement agreement = pending();
        GateResult refusal = GateResult.refused(new GateReason(GateReason.PEER_DOMAIN_UNTRUSTED, "no pin"),
                new GateReason(GateReason.VALIDITY_ENDED, "ended"));
        GateRefusedException refused = assertThrows(GateRefusedException.class,
                () -> agreement.approve(Operators.arthur(), refusal, NOW));
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.VALIDITY_ENDED),
                refused.reasons().stream().map(GateReason::code).toList());
        assertTrue(agreement.approvalRound().approvals().isEmpty());
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void rejectionReturnsToDraftWithTheReasonAndForgetsTheRound() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.approve(Operators.sam(), GateResult.passed(), NOW);
        agreement.reject(Operators.arthur(), "File transfer limit too high", NOW);
        assertEquals(AgreementStatus.DRAFT, agreement.status());
        assertEquals("File transfer limit too high", agreement.lastChange().reason());
        assertTrue(agreement.approvalRound().approvals().isEmpty());
        assertNull(agreement.approvalRound().proposedBy());
    }

    @Test
    void rejectionNeedsAnEntitledPersonAndAReason() {
        PeeringAgreement agreement = pending();
        assertThrows(AccessDeniedException.class, () -> agreement.reject(Operators.olga(), "no", NOW));
        assertThrows(AccessDeniedException.class, () -> agreement.reject(Operators.sam(), "no", NOW));
        assertThrows(RuleViolationException.class, () -> agreement.reject(Operators.arthur(), " ", NOW));
        assertThrows(RuleViolationException.class, () -> agreement.reject(Operators.arthur(), "a\nb", NOW));
        assertThrows(RuleViolationException.class, () -> agreement.reject(Operators.arthur(), "x".repeat(1001), NOW));
        assertEquals(AgreementStatus.PENDING_APPROVAL, agreement.status());
    }

    @Test
    void aSecurityOfficerMayRejectWhatNeedsTheirApproval() {
        PeeringAgreement agreement = pendingWithSecurity();
        agreement.reject(Operators.sam(), "Delegating policy to this peer is not acceptable", NOW);
        assertEquals(AgreementStatus.DRAFT, agreement.status());
    }

    @Test
    void afterRejectionAnotherPersonMaySubmitAndTheFormerProposerMayThenApprove() {
        PeeringAgreement agreement = pending();
        agreement.reject(Operators.arthur(), "fix the limits", NOW);
        agreement.submit(Operators.arthur(), false, NOW);
        agreement.approve(Operators.paula(), GateResult.passed(), NOW);
        assertEquals(AgreementStatus.ACTIVE, agreement.status());
    }
}
