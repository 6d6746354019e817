package io.peeringconsole.web.rest.privacy;

import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import java.time.Instant;
import java.util.List;

/**
 * A pair's privacy-sharing permission. {@code defaultDeny} is true when nothing is stored (no attribute leaves,
 * PER_WATCHER) and {@code version} is then absent; {@code needsSecurityOfficer} says that agreements for the pair
 * need a SECURITY_OFFICER's approval.
 */
public record PrivacyPermissionRepresentation(String localDomain, long peerNetworkId, String peerDisplayName,
        List<String> attributes, String mode, boolean defaultDeny, Long version, String changedBy,
        Instant changedAt, String delegationApprovedBy, boolean needsSecurityOfficer) {

    static PrivacyPermissionRepresentation of(PrivacyPermissionView view) {
        return new PrivacyPermissionRepresentation(view.localDomain(), view.peerNetworkId(), view.peerDisplayName(),
                view.allowedAttributes().stream().map(Enum::name).toList(), view.mode().name(), view.defaultDeny(),
                view.version(), view.changedBy(), view.changedAt(), view.delegationApprovedBy(),
                view.mode() == SharingMode.POLICY_DELEGATION);
    }
}
