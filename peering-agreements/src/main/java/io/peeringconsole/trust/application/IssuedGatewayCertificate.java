package io.peeringconsole.trust.application;

import java.time.Instant;

/** A gateway client certificate just issued by our CA, with the CA certificate the gateway's peers verify it by. */
public record IssuedGatewayCertificate(String pem, String serialNumber, String subject, Instant notAfter,
        String caPem) {
}
