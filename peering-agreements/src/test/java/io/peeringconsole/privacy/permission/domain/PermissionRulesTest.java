package io.peeringconsole.privacy.permission.domain;

import static io.peeringconsole.access.domain.OperatorBuilder.aDomainAdminOf;
import static io.peeringconsole.access.domain.OperatorBuilder.aSecurityOfficer;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.access.domain.OperatorBuilder.withoutRoles;
import static io.peeringconsole.privacy.SharingMode.PER_WATCHER;
import static io.peeringconsole.privacy.SharingMode.POLICY_DELEGATION;
import static io.peeringconsole.privacy.SharingMode.VIEW_SHARING;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PermissionRulesTest {

    private static final String DOMAIN = "example.com";

    @Test
    void adminsAndTheDomainsOwnAdministratorReadAndChange() {
        for (Operator op : new Operator[] {anAdmin(), aDomainAdminOf(DOMAIN)}) {
            assertTrue(PermissionRules.mayRead(op, DOMAIN));
            for (var mode : EnumSet.of(PER_WATCHER, VIEW_SHARING, POLICY_DELEGATION)) {
                assertDoesNotThrow(() -> PermissionRules.requireMayChange(op, DOMAIN, mode));
            }
            assertDoesNotThrow(() -> PermissionRules.requireMayChange(op, DOMAIN, null));
        }
    }

    @Test
    void aDomainAdministratorOfAnotherDomainNeitherReadsNorChanges() {
        Operator other = aDomainAdminOf("example.org");
        assertFalse(PermissionRules.mayRead(other, DOMAIN));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> PermissionRules.requireMayChange(other, DOMAIN, PER_WATCHER));
        assertTrue(refused.getMessage().contains("DOMAIN_ADMIN scoped to that domain"), refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> PermissionRules.requireMayRead(other, DOMAIN));
        assertThrows(AccessDeniedException.class, () -> PermissionRules.requireMayRead(withoutRoles(), DOMAIN));
    }

    @Test
    void aSecurityOfficerReadsAllAndMayOnlyPutAPairIntoDelegation() {
        Operator officer = aSecurityOfficer();
        assertTrue(PermissionRules.mayRead(officer, DOMAIN));
        assertDoesNotThrow(() -> PermissionRules.requireMayChange(officer, DOMAIN, POLICY_DELEGATION));
        for (var mode : new io.peeringconsole.privacy.SharingMode[] {PER_WATCHER, VIEW_SHARING, null}) {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                    () -> PermissionRules.requireMayChange(officer, DOMAIN, mode));
            assertTrue(refused.getMessage().contains("may only put a pair into POLICY_DELEGATION"),
                    refused.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"PENDING_APPROVAL", "ACTIVE", "SUSPENDED"})
    void switchingAnAgreedPairToDelegationNeedsASecurityOfficer(AgreementStatus status) {
        Optional<OpenAgreement> agreement = Optional.of(new OpenAgreement(42, status));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> PermissionRules
                .checkDelegation(aDomainAdminOf(DOMAIN), PER_WATCHER, POLICY_DELEGATION, agreement, "Peer One"));
        assertTrue(refused.getMessage().contains("agreement 42") && refused.getMessage().contains(status.name())
                && refused.getMessage().contains("Ask a SECURITY_OFFICER"), refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> PermissionRules.checkDelegation(anAdmin(), VIEW_SHARING,
                POLICY_DELEGATION, agreement, "Peer One"));
        assertTrue(PermissionRules.checkDelegation(aSecurityOfficer(), PER_WATCHER, POLICY_DELEGATION, agreement,
                "Peer One"), "the officer's change is the approval");
        Operator both = new Operator("bea", Set.of(Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER), Set.of(DOMAIN), null);
        assertTrue(PermissionRules.checkDelegation(both, PER_WATCHER, POLICY_DELEGATION, agreement, "Peer One"));
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "TERMINATED", "EXPIRED"})
    void delegationWithoutASubmittedAgreementIsLeftToTheAgreementsApproval(AgreementStatus status) {
        assertFalse(PermissionRules.checkDelegation(aDomainAdminOf(DOMAIN), PER_WATCHER, POLICY_DELEGATION,
                Optional.of(new OpenAgreement(7, status)), "Peer One"));
        assertFalse(PermissionRules.checkDelegation(aDomainAdminOf(DOMAIN), PER_WATCHER, POLICY_DELEGATION,
                Optional.empty(), "Peer One"));
    }

    @Test
    void changesWithinAnApprovedDelegationAndAwayFromItNeedNoOfficer() {
        Optional<OpenAgreement> active = Optional.of(new OpenAgreement(9, AgreementStatus.ACTIVE));
        assertFalse(PermissionRules.checkDelegation(aDomainAdminOf(DOMAIN), POLICY_DELEGATION, POLICY_DELEGATION,
                active, "Peer One"));
        assertFalse(PermissionRules.checkDelegation(aDomainAdminOf(DOMAIN), POLICY_DELEGATION, PER_WATCHER,
                active, "Peer One"));
        assertFalse(PermissionRules.checkDelegation(aSecurityOfficer(), POLICY_DELEGATION, VIEW_SHARING, active,
                "Peer One"), "only a change into delegation counts as an approval");
    }

    @Test
    void aChangeFromAStaleReadingIsAConflictThatSaysWhatHappened() {
        String pair = "The privacy-sharing permission of example.com for \"Peer One\"";
        assertDoesNotThrow(() -> PermissionRules.requireCurrent(Optional.empty(), null, pair));
        assertDoesNotThrow(() -> PermissionRules.requireCurrent(Optional.of(3L), 3L, pair));
        ConflictException reset = assertThrows(ConflictException.class,
                () -> PermissionRules.requireCurrent(Optional.empty(), 3L, pair));
        assertTrue(reset.getMessage().contains("reset to default deny"), reset.getMessage());
        ConflictException set = assertThrows(ConflictException.class,
                () -> PermissionRules.requireCurrent(Optional.of(0L), null, pair));
        assertTrue(set.getMessage().contains("set by someone else"), set.getMessage());
        ConflictException changed = assertThrows(ConflictException.class,
                () -> PermissionRules.requireCurrent(Optional.of(4L), 3L, pair));
        assertTrue(changed.getMessage().contains("version 3, now 4") && changed.getMessage().contains("reload"),
                changed.getMessage());
    }
}
