package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Validity windows of every certificate that the trust decision rests on, anchors included, with early warnings. */
final class ValidityCheck {

    static final Duration FIRST_WARNING = Duration.ofDays(30);
    static final Duration LAST_WARNING = Duration.ofDays(7);

    private ValidityCheck() {
    }

    static void check(List<CertificateFacts> certificates, Instant now, Findings findings) {
        for (CertificateFacts certificate : certificates) {
            check(certificate, now, findings);
        }
    }

    private static void check(CertificateFacts c, Instant now, Findings findings) {
        String name = Describe.certificate(c);
        if (now.isBefore(c.notBefore())) {
            findings.add(ReasonCode.NOT_YET_VALID, c, name + " is not valid before " + Describe.date(c.notBefore())
                    + "; the peer installed it too early or its CA's clock is wrong. Ask the peer to keep the previous certificate until then.");
        } else if (now.isAfter(c.notAfter())) {
            findings.add(ReasonCode.EXPIRED, c, name + " expired on " + Describe.date(c.notAfter())
                    + "; ask the peer to install a renewed certificate (or import the renewed anchor).");
        } else {
            warnIfExpiringSoon(c, now, findings);
        }
    }

    private static void warnIfExpiringSoon(CertificateFacts c, Instant now, Findings findings) {
        Duration left = Duration.between(now, c.notAfter());
        String message = Describe.certificate(c) + " expires on " + Describe.date(c.notAfter()) + " (in " + left.toDays()
                + " days); make sure its successor is imported before then.";
        if (left.compareTo(LAST_WARNING) <= 0) {
            findings.add(ReasonCode.EXPIRES_WITHIN_7_DAYS, c, message);
        } else if (left.compareTo(FIRST_WARNING) <= 0) {
            findings.add(ReasonCode.EXPIRES_WITHIN_30_DAYS, c, message);
        }
    }
}
