package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one clearing house provides and whether we take its word for its members' identities. A hub without a row
 * provides nothing we rely on and vouches for nobody ({@link #defaults}).
 */
@Entity
@Table(name = "clearing_house_settings")
public class ClearingHouseSettings {

    @Id
    @Column(name = "clearing_house_id")
    private Long clearingHouseId;

    /** Service names, sorted and comma-separated: a handful of enum values needs no table of its own. */
    @Column(name = "services", length = 200, nullable = false)
    private String services;

    @Column(name = "transitive_trust", length = 40, nullable = false)
    private String transitiveTrust;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_by", length = 64, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClearingHouseSettings() {
        // for JPA
    }

    /** The settings of a hub nobody has configured: no services, each member's own evidence required. */
    public static HubPolicy defaults() {
        return new HubPolicy(Set.of(), TransitiveTrust.REQUIRE_MEMBER_CERTIFICATES);
    }

    public static ClearingHouseSettings configure(RegisteredPeer hub, HubPolicy policy, Operator by, Instant now) {
        requireHub(hub);
        ClearingHouseSettings settings = new ClearingHouseSettings();
        settings.clearingHouseId = hub.id();
        settings.apply(defaults(), policy, by, now);
        return settings;
    }

    public void change(HubPolicy policy, Operator by, Instant now) {
        apply(policy(), policy, by, now);
    }

    /**
     * Registry editors and security officers may set a hub's services; letting a hub vouch for its members widens
     * whom we trust, so only an ADMIN or a SECURITY_OFFICER may turn that on.
     */
    private void apply(HubPolicy current, HubPolicy policy, Operator by, Instant now) {
        if (!AccessPolicy.canEditRegistry(by) && !by.has(Role.SECURITY_OFFICER)) {
            throw new AccessDeniedException("Changing a clearing house's settings needs the ADMIN, DOMAIN_ADMIN or"
                    + " SECURITY_OFFICER role.");
        }
        if (policy.vouchesForMembers() && !current.vouchesForMembers()
                && !by.has(Role.ADMIN) && !by.has(Role.SECURITY_OFFICER)) {
            throw new AccessDeniedException("Accepting the identities a clearing house asserts for its members"
                    + " widens whom the console trusts; ask an ADMIN or a SECURITY_OFFICER to turn it on.");
        }
        services = policy.services().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        transitiveTrust = policy.transitiveTrust().name();
        updatedBy = by.username();
        updatedAt = now;
    }

    private static void requireHub(RegisteredPeer hub) {
        if (!hub.isClearingHouse()) {
            throw new RuleViolationException("clearingHouseId", hub.describe() + " is a peer network, not a clearing"
                    + " house; only clearing houses provide hub services or vouch for members.");
        }
    }

    public long clearingHouseId() {
        return clearingHouseId;
    }

    public HubPolicy policy() {
        Set<HubService> provided = EnumSet.noneOf(HubService.class);
        Arrays.stream(services.split(",")).filter(s -> !s.isEmpty()).map(HubService::valueOf).forEach(provided::add);
        return new HubPolicy(provided, TransitiveTrust.valueOf(transitiveTrust));
    }

    public long version() {
        return version;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
