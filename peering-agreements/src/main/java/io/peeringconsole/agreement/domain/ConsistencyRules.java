package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.GateReason.LIMIT_MISSING;
import static io.peeringconsole.agreement.domain.GateReason.LIMIT_WITHOUT_SERVICE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the activation gate that need nothing but the terms and the time: services that depend on others,
 * limits for exactly the services that take them, and a validity that has not already ended. Pure; every problem
 * found is reported, not just the first.
 */
public final class ConsistencyRules {

    private ConsistencyRules() {
    }

    public static List<GateReason> check(AgreementTerms terms, Instant now) {
        List<GateReason> reasons = new ArrayList<>();
        if (terms.inbound().isEmpty() && terms.outbound().isEmpty()) {
            reasons.add(new GateReason(GateReason.NO_SERVICE_GRANTED, "No service is granted in either direction;"
                    + " grant at least one service."));
        }
        for (Direction direction : Direction.values()) {
            checkDependencies(direction, terms.grant(direction), reasons);
            checkLimits(direction, terms.grant(direction), reasons);
        }
        if (terms.validity().hasEndedBy(now)) {
            reasons.add(new GateReason(GateReason.VALIDITY_ENDED, "The validity ended at " + terms.validity().until()
                    + ", which is not in the future; choose a later end of validity, or leave it open."));
        }
        return reasons;
    }

    private static void checkDependencies(Direction direction, ServiceGrant grant, List<GateReason> reasons) {
        if (grant.grants(Service.PRESENCE_LIST) && !grant.grants(Service.PRESENCE)) {
            reasons.add(new GateReason(GateReason.PRESENCE_LIST_WITHOUT_PRESENCE, where(direction)
                    + "PRESENCE_LIST is granted without PRESENCE; grant PRESENCE in this direction too, or remove"
                    + " PRESENCE_LIST."));
        }
        if (grant.grants(Service.NWAY_CHAT) && !grant.grants(Service.PAGER_IM) && !grant.grants(Service.SESSION_IM)) {
            reasons.add(new GateReason(GateReason.NWAY_CHAT_WITHOUT_IM, where(direction)
                    + "NWAY_CHAT is granted without PAGER_IM or SESSION_IM; grant one of them in this direction too,"
                    + " or remove NWAY_CHAT."));
        }
    }

    private static void checkLimits(Direction direction, ServiceGrant grant, List<GateReason> reasons) {
        limit(direction, grant, Service.PRESENCE_LIST, grant.presenceList() != null, "the allowed list kinds and"
                + " the maximum list size", reasons);
        limit(direction, grant, Service.SESSION_IM, grant.sessions() != null, "the maximum number of concurrent"
                + " sessions", reasons);
        limit(direction, grant, Service.FILE_TRANSFER, grant.fileTransfer() != null, "the maximum file size",
                reasons);
        boolean carriesMessages = grant.services().stream().anyMatch(Service::carriesMessages);
        if (grant.messageRate() != null && !carriesMessages) {
            reasons.add(new GateReason(LIMIT_WITHOUT_SERVICE, where(direction) + "a message rate is set but no"
                    + " messaging service (PAGER_IM, SESSION_IM, NWAY_CHAT) is granted; remove the rate or grant one"
                    + " of them."));
        }
    }

    private static void limit(Direction direction, ServiceGrant grant, Service service, boolean given, String what,
            List<GateReason> reasons) {
        if (grant.grants(service) && !given) {
            reasons.add(new GateReason(LIMIT_MISSING, where(direction) + service + " is granted without " + what
                    + "; enter " + what + "."));
        } else if (!grant.grants(service) && given) {
            reasons.add(new GateReason(LIMIT_WITHOUT_SERVICE, where(direction) + "a limit for " + service + " ("
                    + what + ") is set but " + service
                    + " is not granted; remove the limit or grant " + service + "."));
        }
    }

    private static String where(Direction direction) {
        return (direction == Direction.INBOUND ? "Inbound" : "Outbound") + " (" + direction.description() + "): ";
    }
}
