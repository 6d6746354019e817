package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.ImportedCrl;
import io.peeringconsole.truststore.certificate.CrlFacts;
import java.time.Instant;

/** An imported CRL; {@code stale} means past its nextUpdate at the time of the answer. */
public record CrlView(long id, String issuer, Instant thisUpdate, Instant nextUpdate, int revokedCount,
        boolean stale) {

    static CrlView of(ImportedCrl crl, CrlFacts facts, Instant now) {
        return new CrlView(crl.id(), facts.issuer(), crl.thisUpdate(), crl.nextUpdate(), facts.revoked().size(),
                crl.staleAt(now));
    }
}
