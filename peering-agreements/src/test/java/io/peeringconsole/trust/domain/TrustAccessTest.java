package io.peeringconsole.trust.domain;

import static io.peeringconsole.access.domain.OperatorBuilder.aDomainAdminOf;
import static io.peeringconsole.access.domain.OperatorBuilder.aSecurityOfficer;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.access.domain.OperatorBuilder.withoutRoles;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import org.junit.jupiter.api.Test;

class TrustAccessTest {

    @Test
    void anchorsAndCrlsAreForAdminsAndSecurityOfficers() {
        assertDoesNotThrow(() -> TrustAccess.requireCanManageAnchors(anAdmin()));
        assertDoesNotThrow(() -> TrustAccess.requireCanManageAnchors(aSecurityOfficer()));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> TrustAccess.requireCanManageAnchors(aDomainAdminOf("example.com")));
        assertTrue(denied.getMessage().contains("SECURITY_OFFICER"), denied.getMessage());
        assertTrue(denied.getMessage().contains("\"dora\""), denied.getMessage());
        assertThrows(AccessDeniedException.class, () -> TrustAccess.requireCanManageAnchors(withoutRoles()));
    }

    @Test
    void aPeersCertificatesAndPinsAreForRegistryEditors() {
        assertDoesNotThrow(() -> TrustAccess.requireCanChange(aDomainAdminOf("example.com"),
                TrustPurpose.PEER_CERTIFICATE));
        assertThrows(AccessDeniedException.class,
                () -> TrustAccess.requireCanChange(aSecurityOfficer(), TrustPurpose.PEER_CERTIFICATE));
        assertThrows(AccessDeniedException.class,
                () -> TrustAccess.requireCanChange(aDomainAdminOf("example.com"), TrustPurpose.TRUST_ANCHOR));
        assertDoesNotThrow(() -> TrustAccess.requireCanChange(aSecurityOfficer(), TrustPurpose.TRUST_ANCHOR));
    }
}
