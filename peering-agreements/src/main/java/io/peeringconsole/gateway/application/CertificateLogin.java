package io.peeringconsole.gateway.application;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a client certificate: the gateway it authenticates, or why it does not. Unlike a wrong token, a
 * refused certificate came from our own CA, so the reason may say what is wrong (expired, disabled, replaced).
 */
public record CertificateLogin(Optional<AuthenticatedGateway> gateway, String refusal) {

    public CertificateLogin {
        Objects.requireNonNull(gateway, "gateway");
        if (gateway.isEmpty() == (refusal == null)) {
            throw new IllegalArgumentException("Either a gateway or a refusal, not both");
        }
    }

    static CertificateLogin accepted(AuthenticatedGateway gateway) {
        return new CertificateLogin(Optional.of(gateway), null);
    }

    static CertificateLogin refused(String reason) {
        return new CertificateLogin(Optional.empty(), reason);
    }
}
