package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal by the activation gate (or by the consistency rules at submission), carrying every reason so that the
 * API can list them one by one; the message lists them too, for callers that show only a message.
 */
public class GateRefusedException extends RuleViolationException {

    private final transient List<GateReason> reasons;

    public GateRefusedException(String what, List<GateReason> reasons) {
        super(null, what + ": " + reasons.stream().map(GateReason::message).collect(Collectors.joining(" ")));
        this.reasons = List.copyOf(reasons);
    }

    public List<GateReason> reasons() {
        return reasons;
    }
}
