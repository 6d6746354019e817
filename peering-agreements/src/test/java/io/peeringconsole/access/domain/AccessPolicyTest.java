package io.peeringconsole.access.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

    private static final String IN_SCOPE = "example.com";
    private static final String OUT_OF_SCOPE = "other.example";

    private static Operator operator(String role) {
        return switch (role) {
            case "ADMIN" -> OperatorBuilder.anAdmin();
            case "DOMAIN_ADMIN" -> OperatorBuilder.aDomainAdminOf(IN_SCOPE);
            case "SECURITY_OFFICER" -> OperatorBuilder.aSecurityOfficer();
            default -> OperatorBuilder.withoutRoles();
        };
    }

    @ParameterizedTest(name = "{0}: edit={1} read={2} domainIn={3} domainOut={4} localDomains={5} audit={6}"
            + " accounts={7}")
    @CsvSource({
        "ADMIN,            true,  true,  true,  true,  true,  true,  true",
        "DOMAIN_ADMIN,     true,  true,  true,  false, false, true,  false",
        "SECURITY_OFFICER, false, true,  false, false, false, true,  false",
        "NONE,             false, false, false, false, false, false, false"
    })
    void matrix(String role, boolean editRegistry, boolean readRegistry, boolean domainInScope,
            boolean domainOutOfScope, boolean manageLocalDomains, boolean readAudit, boolean manageAccounts) {
        Operator op = operator(role);
        check(editRegistry, "ADMIN or DOMAIN_ADMIN", () -> AccessPolicy.requireCanEditRegistry(op));
        check(readRegistry, "one of the roles", () -> AccessPolicy.requireCanReadRegistry(op));
        check(domainInScope, "DOMAIN_ADMIN scoped to that domain",
                () -> AccessPolicy.requireCanAdministerDomain(op, IN_SCOPE));
        check(domainOutOfScope, "DOMAIN_ADMIN scoped to that domain",
                () -> AccessPolicy.requireCanAdministerDomain(op, OUT_OF_SCOPE));
        check(manageLocalDomains, "needs the ADMIN role", () -> AccessPolicy.requireCanManageLocalDomains(op));
        check(readAudit, "ADMIN or SECURITY_OFFICER", () -> AccessPolicy.requireCanReadAudit(op));
        check(manageAccounts, "needs the ADMIN role", () -> AccessPolicy.requireCanManageAccounts(op));

        assertEquals(editRegistry, AccessPolicy.canEditRegistry(op));
        assertEquals(readRegistry, AccessPolicy.canReadRegistry(op));
        assertEquals(domainInScope, AccessPolicy.canAdministerDomain(op, IN_SCOPE));
        assertEquals(domainOutOfScope, AccessPolicy.canAdministerDomain(op, OUT_OF_SCOPE));
        assertEquals(manageLocalDomains, AccessPolicy.canManageLocalDomains(op));
        assertEquals(readAudit, AccessPolicy.canReadAudit(op));
        assertEquals(manageAccounts, AccessPolicy.canManageAccounts(op));
    }

    private static void check(boolean allowed, String neededRoleFragment, Executable check) {
        if (allowed) {
            assertDoesNotThrow(check);
        } else {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, check);
            assertTrue(denied.getMessage().contains(neededRoleFragment), denied.getMessage());
        }
    }

    @Test
    void refusalSaysWhoIsAskingWithWhichRoles() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireCanManageAccounts(OperatorBuilder.aSecurityOfficer()));
        assertTrue(denied.getMessage().contains("\"sam\" with role(s) SECURITY_OFFICER"), denied.getMessage());
    }

    @Test
    void domainAdminOfSeveralDomainsAdministersEachOfThem() {
        Operator op = OperatorBuilder.aDomainAdminOf("example.com", "example.org");
        assertTrue(AccessPolicy.canAdministerDomain(op, "example.org"));
        assertTrue(AccessPolicy.canAdministerDomain(op, "example.com"));
        assertEquals(false, AccessPolicy.canAdministerDomain(op, null));
    }

    @Test
    void auditVisibilityIsEverythingOrTheScope() {
        assertNull(AccessPolicy.visibleAuditDomains(OperatorBuilder.anAdmin()));
        assertNull(AccessPolicy.visibleAuditDomains(OperatorBuilder.aSecurityOfficer()));
        assertEquals(Set.of("example.com"), AccessPolicy.visibleAuditDomains(OperatorBuilder.aDomainAdminOf(
                "example.com")));
        assertEquals(Set.of(), AccessPolicy.visibleAuditDomains(OperatorBuilder.withoutRoles()));
    }

    @Test
    void localDomainVisibilityFollowsTheSameScope() {
        assertNull(AccessPolicy.visibleLocalDomains(OperatorBuilder.anAdmin()));
        assertEquals(Set.of("example.com"), AccessPolicy.visibleLocalDomains(OperatorBuilder.aDomainAdminOf(
                "example.com")));
    }
}
