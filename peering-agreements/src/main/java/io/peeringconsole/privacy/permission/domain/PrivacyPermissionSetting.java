package io.peeringconsole.privacy.permission.domain;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.SharingMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored privacy-sharing permission of one local domain for one peer network. A pair without a row is at
 * default deny ({@link PrivacyPermission#denyAll}); resetting removes the row. Who may change it, and when
 * delegation needs a security officer, is decided by {@link PermissionRules} before {@link #change} is called.
 */
@Entity
@Table(name = "privacy_permission")
public class PrivacyPermissionSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "local_domain", length = 253, nullable = false, updatable = false)
    private String localDomain;

    @Column(name = "peer_network_id", nullable = false, updatable = false)
    private long peerNetworkId;

    @Column(name = "allowed_attributes", length = 1000, nullable = false)
    private String allowedAttributes;

    @Enumerated(EnumType.STRING)
    @Column(name = "sharing_mode", length = 32, nullable = false)
    private SharingMode mode;

    @Column(name = "delegation_approved_by", length = 64)
    private String delegationApprovedBy;

    @Column(name = "changed_by", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PrivacyPermissionSetting() {
        // for JPA
    }

    /** A pair leaving default deny for the first time. */
    public static PrivacyPermissionSetting forPair(String localDomain, long peerNetworkId) {
        PrivacyPermissionSetting setting = new PrivacyPermissionSetting();
        setting.localDomain = localDomain;
        setting.peerNetworkId = peerNetworkId;
        setting.allowedAttributes = "";
        setting.mode = SharingMode.PER_WATCHER;
        return setting;
    }

    /**
     * Sets the allow-list and the mode. {@code approvedBySecurityOfficer} names the officer when this change is their
     * approval of policy delegation; an approval stands while the pair stays in delegation, and lapses when it leaves.
     */
    public void change(Set<PresenceAttribute> attributes, SharingMode newMode, String approvedBySecurityOfficer,
            String by, Instant now) {
        allowedAttributes = PresenceAttribute.setOf(attributes).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        if (newMode != SharingMode.POLICY_DELEGATION) {
            delegationApprovedBy = null;
        } else if (approvedBySecurityOfficer != null) {
            delegationApprovedBy = approvedBySecurityOfficer;
        }
        mode = newMode;
        changedBy = by;
        changedAt = now;
    }

    public PrivacyPermission permission() {
        return new PrivacyPermission(localDomain, Long.toString(peerNetworkId), allowedAttributes(), mode);
    }

    public Set<PresenceAttribute> allowedAttributes() {
        return PresenceAttribute.setOf(allowedAttributes.isEmpty() ? Set.of() : Arrays.stream(
                allowedAttributes.split(",")).map(PresenceAttribute::valueOf).collect(Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public String localDomain() {
        return localDomain;
    }

    public long peerNetworkId() {
        return peerNetworkId;
    }

    public SharingMode mode() {
        return mode;
    }

    /** The security officer whose change approved the current delegation, or null. */
    public String delegationApprovedBy() {
        return delegationApprovedBy;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
