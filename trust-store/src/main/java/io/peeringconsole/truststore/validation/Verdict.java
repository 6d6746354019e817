package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer of a validation: TRUSTED exactly when no reason is a failure. Reasons are sorted failures first.
 * {@code path} is the chain that was built, leaf first, up to the anchor when one was reached.
 */
public record Verdict(VerdictStatus status, List<Reason> reasons, List<CertificateFacts> path) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        path = List.copyOf(path);
        boolean failed = reasons.stream().anyMatch(r -> r.severity() == Severity.FAILURE);
        if (failed != (status == VerdictStatus.NOT_TRUSTED)) {
            throw new IllegalArgumentException("A verdict is NOT_TRUSTED exactly when a reason is a failure.");
        }
    }

    static Verdict of(List<Reason> reasons, List<CertificateFacts> path) {
        List<Reason> sorted = reasons.stream().sorted(Comparator.comparing(Reason::severity)).toList();
        boolean failed = sorted.stream().anyMatch(r -> r.severity() == Severity.FAILURE);
        return new Verdict(failed ? VerdictStatus.NOT_TRUSTED : VerdictStatus.TRUSTED, sorted, path);
    }

    public boolean trusted() {
        return status == VerdictStatus.TRUSTED;
    }

    public Set<ReasonCode> codes() {
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        reasons.forEach(r -> codes.add(r.code()));
        return codes;
    }

    public List<Reason> failures() {
        return reasons.stream().filter(r -> r.severity() == Severity.FAILURE).toList();
    }

    public List<Reason> warnings() {
        return reasons.stream().filter(r -> r.severity() == Severity.WARNING).toList();
    }
}
