package io.peeringconsole.agreement.application;

import static io.peeringconsole.rules.application.AuditStates.put;

import io.peeringconsole.agreement.domain.Approval;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.rules.application.AuditStates;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/** The audit trail's before and after state of a peering agreement: everything a reviewer needs to see what changed. */
final class AgreementJson {

    private AgreementJson() {
    }

    static String of(PeeringAgreement agreement) {
        var change = agreement.lastChange();
        var round = agreement.approvalRound();
        JsonObjectBuilder json = AuditStates.object()
                .add("id", agreement.id())
                .add("localDomain", agreement.localDomain())
                .add("peerNetworkId", agreement.peerNetworkId())
                .add("route", agreement.route().isDirect() ? "DIRECT" : "VIA_CLEARING_HOUSE");
        put(json, "clearingHouseId", agreement.route().clearingHouseId());
        json.add("status", change.status().name());
        put(json, "statusReason", change.reason());
        json.add("statusChangedBy", change.changedBy())
                .add("tlsVersion", agreement.terms().tlsVersion().name());
        put(json, "validFrom", agreement.validity().from());
        put(json, "validUntil", agreement.validity().until());
        json.add("inbound", grant(agreement.grant(Direction.INBOUND)))
                .add("outbound", grant(agreement.grant(Direction.OUTBOUND)));
        put(json, "proposedBy", round.proposedBy());
        json.add("requiresSecurityApproval", round.requiresSecurityApproval())
                .add("approvals", approvals(round.approvals()))
                .add("version", agreement.version());
        return AuditStates.text(json);
    }

    private static JsonObjectBuilder grant(ServiceGrant grant) {
        JsonObjectBuilder json = AuditStates.object()
                .add("services", AuditStates.strings(grant.services().stream().map(Enum::name).sorted().toList()));
        if (grant.presenceList() != null) {
            json.add("maxListSize", grant.presenceList().maxListSize())
                    .add("listKinds", names(grant.presenceList().allowedKinds()));
        }
        if (grant.sessions() != null) {
            json.add("maxConcurrentSessions", grant.sessions().maxConcurrentSessions());
        }
        if (grant.fileTransfer() != null) {
            json.add("maxFileSizeBytes", grant.fileTransfer().maxSizeBytes());
        }
        if (grant.messageRate() != null) {
            json.add("messagesPerSecond", grant.messageRate().messagesPerSecond());
        }
        return json;
    }

    private static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
        return AuditStates.strings(values.stream().map(Enum::name).sorted().toList());
    }

    private static JsonArrayBuilder approvals(Collection<Approval> approvals) {
        JsonArrayBuilder array = AuditStates.array();
        for (Approval approval : approvals) {
            array.add(AuditStates.object().add("approver", approval.approver())
                    .add("capacity", approval.capacity().name())
                    .add("approvedAt", approval.approvedAt().toString()));
        }
        return array;
    }
}
