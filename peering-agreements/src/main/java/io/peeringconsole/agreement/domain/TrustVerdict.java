package io.peeringconsole.agreement.domain;

import java.util.List;
import java.util.Objects;

/**
 * The trust store's answer for one {@link TrustSubject}: trusted or not, with the reasons (for a trusted subject,
 * what made it so, e.g. "certificate for example.net valid until 2026-03-01"), each one a person can act on.
 * {@code withoutEvidence} is true only for an untrusted subject that has no certificate or pin at all: the one case a
 * clearing house may vouch for. Evidence that failed (revoked, expired, for another domain) is never that case.
 */
public record TrustVerdict(TrustSubject subject, boolean trusted, List<String> reasons, boolean withoutEvidence) {

    public TrustVerdict {
        Objects.requireNonNull(subject, "A trust verdict names its subject.");
        reasons = List.copyOf(reasons);
        if (trusted && withoutEvidence) {
            throw new IllegalArgumentException("A trusted verdict rests on evidence.");
        }
    }

    /** A verdict on evidence that exists (trusted, or untrusted for what is wrong with it). */
    public TrustVerdict(TrustSubject subject, boolean trusted, List<String> reasons) {
        this(subject, trusted, reasons, false);
    }

    public static TrustVerdict trusted(TrustSubject subject, String... reasons) {
        return new TrustVerdict(subject, true, List.of(reasons));
    }

    public static TrustVerdict untrusted(TrustSubject subject, String... reasons) {
        return new TrustVerdict(subject, false, List.of(reasons));
    }

    /** Untrusted because no certificate or pin is registered for the subject at all. */
    public static TrustVerdict withoutEvidence(TrustSubject subject, String... reasons) {
        return new TrustVerdict(subject, false, List.of(reasons), true);
    }
}
