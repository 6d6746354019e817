package io.peeringconsole.web.ui.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.web.ui.account.AccountsView;
import io.peeringconsole.web.ui.audit.AuditTrailView;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewAccessTest {

    private static Operator withRoles(Role... roles) {
        return new Operator("someone", Set.of(roles), Set.of("example.com"), "127.0.0.1");
    }

    @Test
    void onlyAdministratorsOpenAccounts() {
        assertTrue(ViewAccess.allows(AccountsView.class, withRoles(Role.ADMIN)));
        assertFalse(ViewAccess.allows(AccountsView.class, withRoles(Role.SECURITY_OFFICER)));
        assertFalse(ViewAccess.allows(AccountsView.class, withRoles(Role.DOMAIN_ADMIN)));
    }

    @Test
    void everyRoleReadsTheAuditTrail() {
        assertTrue(ViewAccess.allows(AuditTrailView.class, withRoles(Role.SECURITY_OFFICER)));
        assertTrue(ViewAccess.allows(AuditTrailView.class, withRoles(Role.DOMAIN_ADMIN)));
        assertFalse(ViewAccess.allows(AuditTrailView.class, withRoles()));
    }

    @Test
    void viewsWithoutRequirementAreOpenToEveryoneSignedIn() {
        assertTrue(ViewAccess.allows(PeerNetworksView.class, withRoles(Role.SECURITY_OFFICER)));
    }
}
