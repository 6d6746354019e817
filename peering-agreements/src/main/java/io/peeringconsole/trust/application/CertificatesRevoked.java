package io.peeringconsole.trust.application;

import io.peeringconsole.audit.domain.Actor;
import java.util.Objects;

/**
 * Fired, inside the transaction of the import, when a CRL revoking certificates is imported: any of them may be one
 * that gateways accept, and they must stop at once rather than at the next explicit publish.
 */
public record CertificatesRevoked(Actor actor, String crlIssuer, int revokedCount) {

    public CertificatesRevoked {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(crlIssuer, "crlIssuer");
    }
}
