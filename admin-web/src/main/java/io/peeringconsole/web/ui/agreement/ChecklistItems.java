package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.domain.GateReason;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.TrustVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The activation gate's verdict as a checklist a person reads top to bottom: what is in order as well as what is
 * not, each with the gate's own words. Trust is shown per identity from the trust store's verdicts, which say more
 * than the gate's summary reason.
 */
final class ChecklistItems {

    /** One line of the checklist. */
    record Item(boolean ok, String title, List<String> details) {

        Item {
            details = List.copyOf(details);
        }
    }

    private static final Set<String> CONSISTENCY = Set.of(GateReason.NO_SERVICE_GRANTED,
            GateReason.PRESENCE_LIST_WITHOUT_PRESENCE, GateReason.NWAY_CHAT_WITHOUT_IM, GateReason.LIMIT_MISSING,
            GateReason.LIMIT_WITHOUT_SERVICE);
    private static final Set<String> TRUST = Set.of(GateReason.PEER_DOMAIN_UNTRUSTED,
            GateReason.CLEARING_HOUSE_UNTRUSTED);

    private ChecklistItems() {
    }

    static List<Item> of(GateResult result) {
        List<Item> items = new ArrayList<>();
        List<GateReason> consistency = result.reasons().stream().filter(r -> CONSISTENCY.contains(r.code())).toList();
        if (consistency.isEmpty()) {
            items.add(new Item(true, "Services and limits are consistent", List.of()));
        } else {
            consistency.forEach(reason -> items.add(refused(reason)));
        }
        result.reasons().stream().filter(r -> GateReason.VALIDITY_ENDED.equals(r.code())).findFirst()
                .ifPresentOrElse(reason -> items.add(refused(reason)),
                        () -> items.add(new Item(true, "The validity has not ended", List.of())));
        if (result.trust().isEmpty()) {
            result.reasons().stream().filter(r -> TRUST.contains(r.code())).forEach(r -> items.add(refused(r)));
        } else {
            result.trust().forEach(verdict -> items.add(trust(verdict)));
        }
        result.reasons().stream()
                .filter(r -> !CONSISTENCY.contains(r.code()) && !TRUST.contains(r.code())
                        && !GateReason.VALIDITY_ENDED.equals(r.code()))
                .forEach(reason -> items.add(refused(reason)));
        return items;
    }

    static String summary(GateResult result) {
        int open = result.reasons().size();
        return result.isPassed() ? "Ready: the activation gate lets this agreement through."
                : "Not ready: " + open + (open == 1 ? " reason stops" : " reasons stop")
                + " activation. Approving is refused until every line is ticked.";
    }

    private static Item refused(GateReason reason) {
        return new Item(false, title(reason.code()) + " (" + reason.code() + ")", List.of(reason.message()));
    }

    /** A heading in words; the code stays beside it, since the API and the logs speak in codes. */
    static String title(String code) {
        return switch (code) {
            case GateReason.NO_SERVICE_GRANTED -> "No service is granted";
            case GateReason.PRESENCE_LIST_WITHOUT_PRESENCE -> "List-based presence needs presence";
            case GateReason.NWAY_CHAT_WITHOUT_IM -> "N-way chat needs instant messaging";
            case GateReason.LIMIT_MISSING -> "A limit is missing";
            case GateReason.LIMIT_WITHOUT_SERVICE -> "A limit is set for a service not granted";
            case GateReason.VALIDITY_ENDED -> "The validity has ended";
            case GateReason.PEER_DOMAIN_UNTRUSTED -> "A peer domain is not trusted";
            case GateReason.CLEARING_HOUSE_UNTRUSTED -> "The clearing house is not trusted";
            default -> "Refused";
        };
    }

    private static Item trust(TrustVerdict verdict) {
        var subject = verdict.subject();
        String whose = subject.clearingHouse() ? "clearing house " : "peer ";
        return new Item(verdict.trusted(), (verdict.trusted() ? "Trusted: " : "Not trusted: ") + subject.domain()
                + " (" + whose + subject.partyName() + ")", verdict.reasons());
    }
}
