package io.peeringconsole.agreement.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A clearing house's services and its transitive-trust policy, as the gate and the configuration read them. */
public record HubPolicy(Set<HubService> services, TransitiveTrust transitiveTrust) {

    public HubPolicy {
        services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
        Objects.requireNonNull(transitiveTrust, "A clearing house's policy names its transitive trust.");
    }

    public boolean vouchesForMembers() {
        return transitiveTrust == TransitiveTrust.ACCEPT_HUB_ASSERTED_IDENTITIES;
    }
}
