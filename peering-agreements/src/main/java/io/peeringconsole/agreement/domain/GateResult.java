package io.peeringconsole.agreement.domain;

import java.util.List;

/**
 * What the activation gate found: every reason it refuses (empty when it lets the agreement through), and the trust
 * verdict for each identity it asked about, so a checklist can show what is already in order as well.
 */
public record GateResult(List<GateReason> reasons, List<TrustVerdict> trust) {

    public GateResult {
        reasons = List.copyOf(reasons);
        trust = List.copyOf(trust);
    }

    public static GateResult passed() {
        return new GateResult(List.of(), List.of());
    }

    public static GateResult refused(GateReason... reasons) {
        return new GateResult(List.of(reasons), List.of());
    }

    public boolean isPassed() {
        return reasons.isEmpty();
    }

    public List<String> codes() {
        return reasons.stream().map(GateReason::code).toList();
    }

    /** Refuses with every reason unless the gate passed; {@code what} says what was refused. */
    public void requirePassed(String what) {
        if (!isPassed()) {
            throw new GateRefusedException(what, reasons);
        }
    }
}
