package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.TlsVersion;
import java.time.Instant;
import java.util.Objects;

/** An ACTIVE agreement's terms as gateways enforce them; {@code validUntil} is null when open-ended. */
public record AgreementInForce(long id, ServiceGrant inbound, ServiceGrant outbound, TlsVersion tlsVersion,
        Instant validFrom, Instant validUntil) {

    public AgreementInForce {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(outbound, "outbound");
        Objects.requireNonNull(tlsVersion, "tlsVersion");
        Objects.requireNonNull(validFrom, "validFrom");
    }
}
