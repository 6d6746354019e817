package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.validation.RolloverWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rollover windows among one set of certificates (a peer's certificates, or the anchors in scope), and which of
 * them are retired: replaced, with the overlap over. A schedule whose outgoing certificate is not in the set is
 * ignored, because it cannot retire anything here.
 */
public final class Rollovers {

    private final List<KnownCertificate> certificates;
    private final List<RolloverWindow> windows;

    private Rollovers(List<KnownCertificate> certificates, List<RolloverWindow> windows) {
        this.certificates = certificates;
        this.windows = windows;
    }

    public static Rollovers among(Collection<KnownCertificate> certificates) {
        Map<Long, KnownCertificate> byId = certificates.stream()
                .collect(Collectors.toMap(KnownCertificate::id, Function.identity(), (a, b) -> a));
        List<RolloverWindow> windows = new ArrayList<>();
        for (KnownCertificate incoming : certificates) {
            KnownCertificate outgoing = incoming.replacesId() == null ? null : byId.get(incoming.replacesId());
            // Two rows with the same certificate (a global anchor imported twice at once) cannot replace each other.
            if (outgoing != null && !outgoing.facts().equals(incoming.facts())) {
                windows.add(new RolloverWindow(outgoing.facts(), incoming.facts(), incoming.overlapUntil()));
            }
        }
        return new Rollovers(List.copyOf(certificates), List.copyOf(windows));
    }

    public List<RolloverWindow> windows() {
        return windows;
    }

    /** True when {@code certificate} was replaced and the overlap has ended at {@code now}. */
    public boolean retired(KnownCertificate certificate, Instant now) {
        return windows.stream().anyMatch(w -> w.retired(certificate.facts(), now));
    }

    /** The certificates still trusted at {@code now}: all but the retired ones, in their original order. */
    public List<KnownCertificate> inUse(Instant now) {
        return certificates.stream().filter(c -> !retired(c, now)).toList();
    }
}
