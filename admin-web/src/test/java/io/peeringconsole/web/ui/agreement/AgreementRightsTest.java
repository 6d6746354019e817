package io.peeringconsole.web.ui.agreement;

import static io.peeringconsole.web.ui.agreement.AgreementViews.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementRightsTest {

    private static final Operator PAULA = domainAdmin("paula", "example.com");
    private static final Operator ARTHUR = domainAdmin("arthur", "example.com");
    private static final Operator OLGA = domainAdmin("olga", "other.example");
    private static final Operator SAM = new Operator("sam", Set.of(Role.SECURITY_OFFICER), Set.of(), "192.0.2.3");

    private static Operator domainAdmin(String name, String domain) {
        return new Operator(name, Set.of(Role.DOMAIN_ADMIN), Set.of(domain), "192.0.2.1");
    }

    private static Set<AgreementAction> enabled(AgreementRights rights) {
        Set<AgreementAction> on = EnumSet.noneOf(AgreementAction.class);
        for (AgreementAction action : AgreementAction.values()) {
            if (rights.of(action).visible() && rights.of(action).enabled()) {
                on.add(action);
            }
        }
        return on;
    }

    @Test
    void theProposerSeesApproveDisabledWithTheFourEyesReason() {
        AgreementRights rights = AgreementRights.of(anAgreement().view(), PAULA);
        AgreementRights.ButtonState approve = rights.of(AgreementAction.APPROVE);
        assertTrue(approve.visible());
        assertFalse(approve.enabled());
        assertTrue(approve.reason().contains("someone else must approve it"), approve.reason());
        assertEquals(Set.of(AgreementAction.REJECT, AgreementAction.TERMINATE), enabled(rights),
                "the proposer may still send it back or withdraw it");
    }

    @Test
    void anotherAdministratorOfTheDomainMayApproveOrReject() {
        AgreementRights rights = AgreementRights.of(anAgreement().view(), ARTHUR);
        assertEquals(Set.of(AgreementAction.APPROVE, AgreementAction.REJECT, AgreementAction.TERMINATE),
                enabled(rights));
    }

    @Test
    void anAdministratorOfAnotherDomainIsToldWhoMayApproveAndGetsNothingElse() {
        AgreementRights rights = AgreementRights.of(anAgreement().view(), OLGA);
        assertFalse(rights.of(AgreementAction.APPROVE).enabled());
        assertTrue(rights.of(AgreementAction.APPROVE).reason().contains("DOMAIN_ADMIN scoped to example.com"));
        assertFalse(rights.of(AgreementAction.REJECT).visible());
        assertEquals(Set.of(), enabled(rights));
    }

    @Test
    void aSecurityOfficerApprovesOnlyWhatNeedsASecurityApprovalStillMissing() {
        assertFalse(AgreementRights.of(anAgreement().view(), SAM).of(AgreementAction.APPROVE).enabled());
        var needing = anAgreement().needingSecurityApproval().approvedBy("arthur", ApprovalCapacity.DOMAIN).view();
        assertEquals(Set.of(AgreementAction.APPROVE, AgreementAction.REJECT), enabled(AgreementRights.of(needing, SAM)));
        var done = anAgreement().needingSecurityApproval().approvedBy("sam", ApprovalCapacity.SECURITY).view();
        assertFalse(AgreementRights.of(done, SAM).of(AgreementAction.APPROVE).enabled());
    }

    @Test
    void aDraftIsEditedAndSubmittedByItsDomainsAdministratorsOnly() {
        var draft = anAgreement().in(AgreementStatus.DRAFT).view();
        AgreementRights arthur = AgreementRights.of(draft, ARTHUR);
        assertTrue(arthur.mayEdit());
        assertEquals(Set.of(AgreementAction.REVISE, AgreementAction.SUBMIT, AgreementAction.TERMINATE),
                enabled(arthur));
        AgreementRights olga = AgreementRights.of(draft, OLGA);
        assertFalse(olga.mayEdit());
        assertEquals(Set.of(), enabled(olga));
    }

    @Test
    void anActiveAgreementCanBeSuspendedOrTerminatedAndASuspendedOneResumed() {
        assertEquals(Set.of(AgreementAction.SUSPEND, AgreementAction.TERMINATE),
                enabled(AgreementRights.of(anAgreement().in(AgreementStatus.ACTIVE).view(), ARTHUR)));
        assertEquals(Set.of(AgreementAction.RESUME, AgreementAction.TERMINATE),
                enabled(AgreementRights.of(anAgreement().in(AgreementStatus.SUSPENDED).view(), ARTHUR)));
        assertEquals(Set.of(), enabled(AgreementRights.of(anAgreement().in(AgreementStatus.ACTIVE).view(), SAM)));
        assertEquals(Set.of(), enabled(AgreementRights.of(anAgreement().in(AgreementStatus.EXPIRED).view(), ARTHUR)));
    }

    @Test
    void draftingNeedsAdminOrADomainToAdminister() {
        assertTrue(AgreementRights.mayDraft(PAULA));
        assertFalse(AgreementRights.mayDraft(SAM));
        assertFalse(AgreementRights.mayDraft(new Operator("x", Set.of(Role.DOMAIN_ADMIN), Set.of(), "192.0.2.9")));
        assertTrue(AgreementRights.mayDraft(new Operator("root", Set.of(Role.ADMIN), Set.of(), "192.0.2.9")));
    }
}
