package io.peeringconsole.trust.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.time.Instant;
import java.util.Objects;

/** When a certificate may be scheduled to replace another. */
final class RolloverRules {

    private RolloverRules() {
    }

    static void check(TrustedCertificate incoming, TrustedCertificate outgoing, Instant overlapUntil, Instant now) {
        if (Objects.equals(incoming.id(), outgoing.id())) {
            throw new RuleViolationException("outgoingCertificateId", "A certificate cannot replace itself; choose the"
                    + " certificate that the new one replaces.");
        }
        if (!incoming.sameScopeAs(outgoing)) {
            throw new RuleViolationException("outgoingCertificateId", "A rollover replaces a certificate of the same"
                    + " peer network with one of the same kind (peer certificate by peer certificate, trust anchor by"
                    + " trust anchor, global anchor by global anchor); these two differ.");
        }
        if (Objects.equals(outgoing.replacesId(), incoming.id())) {
            throw new RuleViolationException("outgoingCertificateId", "The certificate "
                    + SafeText.quote(outgoing.subject()) + " is itself scheduled to replace this one; a certificate"
                    + " cannot replace its own successor.");
        }
        if (overlapUntil == null || !overlapUntil.isAfter(now)) {
            throw new RuleViolationException("overlapUntil", "The overlap must end in the future: until then both"
                    + " certificates are trusted, afterwards only the new one. Choose a later date.");
        }
    }
}
