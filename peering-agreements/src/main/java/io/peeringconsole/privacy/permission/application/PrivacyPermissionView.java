package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting;
import io.peeringconsole.rules.application.AuditStates;
import java.time.Instant;
import java.util.Set;

/**
 * A pair's privacy-sharing permission as the UI and the REST API see it.
 *
 * @param defaultDeny true when nothing is stored for the pair: nothing leaves, PER_WATCHER; {@code version},
 *                    {@code changedBy} and {@code changedAt} are then null
 */
public record PrivacyPermissionView(String localDomain, long peerNetworkId, String peerDisplayName,
        Set<PresenceAttribute> allowedAttributes, SharingMode mode, boolean defaultDeny, Long version,
        String changedBy, Instant changedAt, String delegationApprovedBy) {

    public PrivacyPermissionView {
        allowedAttributes = PresenceAttribute.setOf(allowedAttributes);
    }

    static PrivacyPermissionView denyAll(String localDomain, long peerNetworkId, String peerDisplayName) {
        return new PrivacyPermissionView(localDomain, peerNetworkId, peerDisplayName, Set.of(),
                SharingMode.PER_WATCHER, true, null, null, null, null);
    }

    static PrivacyPermissionView of(PrivacyPermissionSetting setting, String peerDisplayName) {
        return new PrivacyPermissionView(setting.localDomain(), setting.peerNetworkId(), peerDisplayName,
                setting.allowedAttributes(), setting.mode(), false, setting.version(), setting.changedBy(),
                setting.changedAt(), setting.delegationApprovedBy());
    }

    String auditState() {
        var state = AuditStates.object().add("localDomain", localDomain).add("peerNetworkId", peerNetworkId)
                .add("allowedAttributes", AuditStates.strings(allowedAttributes.stream().map(Enum::name).toList()))
                .add("mode", mode.name()).add("defaultDeny", defaultDeny);
        AuditStates.put(state, "delegationApprovedBy", delegationApprovedBy);
        AuditStates.put(state, "version", version);
        return AuditStates.text(state);
    }
}
