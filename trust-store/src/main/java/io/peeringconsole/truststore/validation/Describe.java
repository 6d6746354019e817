package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The few phrases every message uses, so that people read certificates and dates the same way everywhere. */
final class Describe {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Describe() {
    }

    static String certificate(CertificateFacts facts) {
        return "'" + facts.subject() + "'";
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }
}
