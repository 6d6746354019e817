package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.domain.ImpactPreview;
import io.peeringconsole.agreement.domain.Service;
import java.util.List;

/** What suspending or terminating would stop, for which peer domains, and which gateways receive the change. */
public record ImpactRepresentation(long agreementId, String localDomain, String from, String to,
        boolean stopsServices, List<Stop> stops, List<String> gateways) {

    /** The services of one direction that stop for one peer domain. */
    public record Stop(String peerDomain, String direction, List<String> services) {
    }

    static ImpactRepresentation of(ImpactPreview preview) {
        return new ImpactRepresentation(preview.agreementId(), preview.localDomain(), preview.from().name(),
                preview.to().name(), preview.stopsServices(),
                preview.stops().stream().map(s -> new Stop(s.peerDomain(), s.direction().name(),
                        s.services().stream().sorted().map(Service::name).toList())).toList(),
                preview.gateways());
    }
}
