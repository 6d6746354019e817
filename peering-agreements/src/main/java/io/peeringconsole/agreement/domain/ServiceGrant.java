package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one direction of an agreement grants: the services and their limits. Each limit is optional here, so that a
 * draft can be saved half-filled; whether the whole makes sense (a limit for every service that needs one, none for
 * services not granted) is for {@link ConsistencyRules} to say, with reasons.
 *
 * @param services     the services granted in this direction
 * @param presenceList list kinds and size for {@link Service#PRESENCE_LIST}, or null
 * @param sessions     concurrent MSRP sessions for {@link Service#SESSION_IM}, or null
 * @param fileTransfer largest file for {@link Service#FILE_TRANSFER}, or null
 * @param messageRate  messages per second across the messaging services, or null for the gateway's default
 */
public record ServiceGrant(Set<Service> services, PresenceListLimits presenceList, SessionLimit sessions,
        FileTransferLimit fileTransfer, MessageRate messageRate) {

    public ServiceGrant {
        if (services != null && services.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolationException("services", "A service is missing from the list; choose one of "
                    + List.of(Service.values()) + ".");
        }
        services = services == null || services.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(services));
    }

    public static ServiceGrant none() {
        return new ServiceGrant(Set.of(), null, null, null, null);
    }

    /** The services, without any limits yet. */
    public static ServiceGrant of(Service... services) {
        return new ServiceGrant(Set.of(services), null, null, null, null);
    }

    public ServiceGrant withPresenceList(PresenceListLimits limits) {
        return new ServiceGrant(services, limits, sessions, fileTransfer, messageRate);
    }

    public ServiceGrant withSessions(SessionLimit limit) {
        return new ServiceGrant(services, presenceList, limit, fileTransfer, messageRate);
    }

    public ServiceGrant withFileTransfer(FileTransferLimit limit) {
        return new ServiceGrant(services, presenceList, sessions, limit, messageRate);
    }

    public ServiceGrant withMessageRate(MessageRate rate) {
        return new ServiceGrant(services, presenceList, sessions, fileTransfer, rate);
    }

    public boolean grants(Service service) {
        return services.contains(service);
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }
}
