package io.peeringconsole.privacy.permission.domain;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.SharingMode;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyPermissionSettingTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aNewPairStartsAtDefaultDenyAndKeepsItsAllowListInAStableOrder() {
        PrivacyPermissionSetting setting = PrivacyPermissionSetting.forPair("example.com", 7);
        assertEquals(PrivacyPermission.denyAll("example.com", "7"), setting.permission());
        setting.change(Set.of(LOCATION, BASIC_STATUS, NOTE), SharingMode.VIEW_SHARING, null, "dora", NOW);
        assertEquals(new PrivacyPermission("example.com", "7", Set.of(BASIC_STATUS, NOTE, LOCATION),
                SharingMode.VIEW_SHARING), setting.permission());
        assertEquals("dora", setting.changedBy());
        assertEquals(NOW, setting.changedAt());
        setting.change(Set.of(), SharingMode.PER_WATCHER, null, "dora", NOW);
        assertEquals(Set.of(), setting.allowedAttributes());
    }

    @Test
    void anOfficersApprovalStandsWhileThePairStaysInDelegationAndLapsesWhenItLeaves() {
        PrivacyPermissionSetting setting = PrivacyPermissionSetting.forPair("example.com", 7);
        setting.change(Set.of(NOTE), SharingMode.POLICY_DELEGATION, "sam", "sam", NOW);
        assertEquals("sam", setting.delegationApprovedBy());
        setting.change(Set.of(NOTE, BASIC_STATUS), SharingMode.POLICY_DELEGATION, null, "dora", NOW);
        assertEquals("sam", setting.delegationApprovedBy(), "a domain admin's edit within delegation keeps it");
        setting.change(Set.of(NOTE), SharingMode.PER_WATCHER, null, "dora", NOW);
        assertNull(setting.delegationApprovedBy());
        setting.change(Set.of(NOTE), SharingMode.POLICY_DELEGATION, null, "dora", NOW);
        assertNull(setting.delegationApprovedBy(), "coming back to delegation is a new decision");
    }
}
