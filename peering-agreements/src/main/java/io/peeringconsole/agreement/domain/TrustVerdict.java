package io.peeringconsole.agreement.domain;

import java.util.List;
import java.util.Objects;

/**
 * The trust store's answer for one {@link TrustSubject}: trusted or not, with the reasons (for a trusted subject,
 * what made it so, e.g. "certificate for example.net valid until 2026-03-01"), each one a person can act on.
 */
public record TrustVerdict(TrustSubject subject, boolean trusted, List<String> reasons) {

    public TrustVerdict {
        Objects.requireNonNull(subject, "A trust verdict names its subject.");
        reasons = List.copyOf(reasons);
    }

    public static TrustVerdict trusted(TrustSubject subject, String... reasons) {
        return new TrustVerdict(subject, true, List.of(reasons));
    }

    public static TrustVerdict untrusted(TrustSubject subject, String... reasons) {
        return new TrustVerdict(subject, false, List.of(reasons));
    }
}
