package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import java.util.List;

/**
 * One direction of an agreement as the API shows it; {@code nonStandardServices} names the granted services the IETF
 * does not standardise, which clients should mark as such.
 */
public record GrantRepresentation(List<String> services, List<String> nonStandardServices,
        List<String> allowedListKinds, Integer maxListSize, Integer maxConcurrentSessions, Long maxFileSizeBytes,
        Integer messagesPerSecond) {

    static GrantRepresentation of(ServiceGrant grant) {
        var list = grant.presenceList();
        return new GrantRepresentation(
                grant.services().stream().map(Service::name).toList(),
                grant.services().stream().filter(s -> !s.isStandard()).map(Service::name).toList(),
                list == null ? List.of() : list.allowedKinds().stream().map(Enum::name).toList(),
                list == null ? null : list.maxListSize(),
                grant.sessions() == null ? null : grant.sessions().maxConcurrentSessions(),
                grant.fileTransfer() == null ? null : grant.fileTransfer().maxSizeBytes(),
                grant.messageRate() == null ? null : grant.messageRate().messagesPerSecond());
    }
}
