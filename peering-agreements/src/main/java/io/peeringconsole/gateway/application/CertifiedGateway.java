package io.peeringconsole.gateway.application;

import java.time.Instant;

/**
 * A gateway with the client certificate just issued to it and the gateway CA certificate it chains to. The console
 * keeps only the certificate's fingerprint, so this is the moment to hand both to the gateway's operator.
 */
public record CertifiedGateway(GatewayView gateway, String certificatePem, String serialNumber, Instant notAfter,
        String caPem) {
}
