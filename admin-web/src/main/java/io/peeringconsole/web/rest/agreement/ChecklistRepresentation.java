package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.TrustVerdict;
import java.util.List;

/**
 * The activation gate's verdict now, as the live checklist before Approve: every reason it would refuse, and the
 * trust verdict for each domain it asked about, including those already in order.
 */
public record ChecklistRepresentation(boolean passed, List<Reason> reasons, List<Trust> trust) {

    /** One reason the gate refuses. */
    public record Reason(String code, String message) {
    }

    /** The trust store's answer for one domain of the peer or of its clearing house. */
    public record Trust(String domain, long partyId, String partyName, boolean clearingHouse, boolean trusted,
            List<String> reasons) {

        static Trust of(TrustVerdict verdict) {
            var subject = verdict.subject();
            return new Trust(subject.domain(), subject.partyId(), subject.partyName(), subject.clearingHouse(),
                    verdict.trusted(), verdict.reasons());
        }
    }

    static ChecklistRepresentation of(GateResult result) {
        return new ChecklistRepresentation(result.isPassed(),
                result.reasons().stream().map(r -> new Reason(r.code(), r.message())).toList(),
                result.trust().stream().map(Trust::of).toList());
    }
}
