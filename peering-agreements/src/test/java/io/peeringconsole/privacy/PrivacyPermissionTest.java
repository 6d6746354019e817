package io.peeringconsole.privacy;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivacyPermissionTest {

    @Test
    void byDefaultNothingLeavesAndTheHomeNetworkFiltersPerWatcher() {
        PrivacyPermission permission = PrivacyPermission.denyAll("example.com", "Example Net");
        assertTrue(permission.allowedAttributes().isEmpty());
        assertEquals(SharingMode.PER_WATCHER, permission.mode());
        for (PresenceAttribute attribute : PresenceAttribute.values()) {
            assertFalse(permission.allows(attribute), attribute::name);
        }
    }

    @Test
    void onlyPolicyDelegationNeedsASecurityOfficer() {
        PrivacyPermission permission = PrivacyPermission.denyAll("example.com", "Example Net")
                .allowing(Set.of(PresenceAttribute.BASIC_STATUS));
        assertFalse(permission.needsSecurityOfficerApproval());
        assertFalse(permission.inMode(SharingMode.VIEW_SHARING).needsSecurityOfficerApproval());
        assertTrue(permission.inMode(SharingMode.POLICY_DELEGATION).needsSecurityOfficerApproval());
    }

    @Test
    void aPermissionBelongsToALocalDomainAndAPeer() {
        assertThrows(IllegalArgumentException.class, () -> PrivacyPermission.denyAll("", "Example Net"));
        assertThrows(IllegalArgumentException.class, () -> PrivacyPermission.denyAll("example.com", null));
    }
}
