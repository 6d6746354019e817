package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What suspending or terminating an agreement would change, shown before the button is pressed: which services stop
 * for which peer domains, in which direction, and which gateways will receive the change. Only an active agreement
 * has services running; for the others the list is empty and {@link #stopsServices()} says so.
 *
 * @param gateways the gateways of the local domain that will pull the change (empty until gateways are registered)
 */
public record ImpactPreview(long agreementId, String localDomain, AgreementStatus from, AgreementStatus to,
        List<ServiceStop> stops, List<String> gateways) {

    /** Services of one direction that stop for one peer domain. */
    public record ServiceStop(String peerDomain, Direction direction, Set<Service> services) {

        public ServiceStop {
            services = Set.copyOf(services);
        }
    }

    public ImpactPreview {
        stops = List.copyOf(stops);
        gateways = List.copyOf(gateways);
    }

    /**
     * The preview of {@code action} (SUSPEND or TERMINATE) on {@code agreement}; refuses, as the verb itself would,
     * when the agreement's status does not allow it.
     */
    public static ImpactPreview of(PeeringAgreement agreement, AgreementAction action, RegisteredPeer peer,
            List<String> gateways) {
        AgreementStatus target = switch (action) {
            case SUSPEND -> AgreementStatus.SUSPENDED;
            case TERMINATE -> AgreementStatus.TERMINATED;
            default -> throw new RuleViolationException("action", "An impact preview is shown for SUSPEND and"
                    + " TERMINATE only, not for " + action + ".");
        };
        if (peer.id() != agreement.peerNetworkId()) {
            throw new IllegalArgumentException("The peer " + peer.id() + " is not the peer of agreement "
                    + agreement.id() + ".");
        }
        Lifecycle.require(agreement.status(), action);
        List<ServiceStop> stops = new ArrayList<>();
        if (agreement.status() == AgreementStatus.ACTIVE) {
            for (String domain : peer.domains()) {
                for (Direction direction : Direction.values()) {
                    ServiceGrant grant = agreement.grant(direction);
                    if (!grant.isEmpty()) {
                        stops.add(new ServiceStop(domain, direction, grant.services()));
                    }
                }
            }
        }
        return new ImpactPreview(agreement.id() == null ? 0 : agreement.id(), agreement.localDomain(),
                agreement.status(), target, stops, gateways);
    }

    public boolean stopsServices() {
        return !stops.isEmpty();
    }
}
