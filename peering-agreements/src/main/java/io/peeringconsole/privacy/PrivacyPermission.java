package io.peeringconsole.privacy;

import java.util.Objects;
import java.util.Set;

/**
 * What one local domain lets leave for one peer network: the attribute allow-list (a ceiling over every user's
 * rules; what is not listed never leaves) and the sharing mode.
 */
public record PrivacyPermission(String localDomain, String peerNetwork, Set<PresenceAttribute> allowedAttributes,
        SharingMode mode) {

    public PrivacyPermission {
        requireText(localDomain, "local domain");
        requireText(peerNetwork, "peer network");
        allowedAttributes = PresenceAttribute.setOf(allowedAttributes);
        Objects.requireNonNull(mode, "mode");
    }

    /** Default deny: nothing may leave until someone lists it, and the home network filters per watcher. */
    public static PrivacyPermission denyAll(String localDomain, String peerNetwork) {
        return new PrivacyPermission(localDomain, peerNetwork, Set.of(), SharingMode.PER_WATCHER);
    }

    public PrivacyPermission allowing(Set<PresenceAttribute> attributes) {
        return new PrivacyPermission(localDomain, peerNetwork, attributes, mode);
    }

    public PrivacyPermission inMode(SharingMode sharingMode) {
        return new PrivacyPermission(localDomain, peerNetwork, allowedAttributes, sharingMode);
    }

    public boolean allows(PresenceAttribute attribute) {
        return allowedAttributes.contains(attribute);
    }

    /** Delegation hands users' rules to another network, so a security officer must approve it (C4). */
    public boolean needsSecurityOfficerApproval() {
        return mode == SharingMode.POLICY_DELEGATION;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A privacy-sharing permission needs its " + what + ".");
        }
    }
}
