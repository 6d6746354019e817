package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.util.Objects;

/** A gateway client certificate just issued: PEM to hand to the gateway, facts to store and audit. */
public record IssuedCertificate(String pem, CertificateFacts facts) {

    public IssuedCertificate {
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(facts, "facts");
    }
}
