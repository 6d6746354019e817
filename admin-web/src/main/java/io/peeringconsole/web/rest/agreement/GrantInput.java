package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.MessageRate;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.SessionLimit;
import io.peeringconsole.rules.RuleViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one direction grants, as a client sends it: service names and the optional limits. Whether the whole is
 * consistent is the activation gate's question, not this one's.
 */
public record GrantInput(List<String> services, List<String> allowedListKinds, Integer maxListSize,
        Integer maxConcurrentSessions, Long maxFileSizeBytes, Integer messagesPerSecond) {

    ServiceGrant toGrant(String direction) {
        Set<Service> granted = EnumSet.noneOf(Service.class);
        for (String name : services == null ? List.<String>of() : services) {
            granted.add(Service.parse(name, direction + ".services"));
        }
        return new ServiceGrant(granted, presenceList(direction),
                maxConcurrentSessions == null ? null : new SessionLimit(maxConcurrentSessions),
                maxFileSizeBytes == null ? null : new FileTransferLimit(maxFileSizeBytes),
                messagesPerSecond == null ? null : new MessageRate(messagesPerSecond));
    }

    private PresenceListLimits presenceList(String direction) {
        boolean noKinds = allowedListKinds == null || allowedListKinds.isEmpty();
        if (noKinds && maxListSize == null) {
            return null;
        }
        if (maxListSize == null) {
            throw new RuleViolationException(direction + ".maxListSize", "Give the maximum list size together with"
                    + " the allowed list kinds.");
        }
        Set<ListKind> kinds = EnumSet.noneOf(ListKind.class);
        if (!noKinds) {
            allowedListKinds.forEach(kind -> kinds.add(Choices.required(ListKind.class, kind,
                    direction + ".allowedListKinds")));
        }
        return new PresenceListLimits(kinds, maxListSize);
    }
}
