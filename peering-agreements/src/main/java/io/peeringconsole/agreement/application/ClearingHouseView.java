package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.HubService;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import io.peeringconsole.rules.application.AuditStates;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.Set;

/**
 * A clearing house's settings as the UI and the REST API see them.
 *
 * @param version   null while nobody has configured the hub (the defaults apply); give it back unchanged to save
 * @param updatedBy null while unconfigured
 */
public record ClearingHouseView(long clearingHouseId, String displayName, Set<HubService> services,
        TransitiveTrust transitiveTrust, Long version, String updatedBy, Instant updatedAt) {

    public ClearingHouseView {
        services = Set.copyOf(services);
    }

    HubPolicy policy() {
        return new HubPolicy(services, transitiveTrust);
    }

    String auditState() {
        JsonArrayBuilder provided = AuditStates.array();
        services.stream().map(Enum::name).sorted().forEach(provided::add);
        return AuditStates.text(AuditStates.object().add("clearingHouseId", clearingHouseId)
                .add("services", provided).add("transitiveTrust", transitiveTrust.name())
                .add("version", version == null ? -1 : version));
    }
}
