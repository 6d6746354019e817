package io.peeringconsole.snapshot.application;

import io.peeringconsole.agreement.application.AgreementLeftForce;
import io.peeringconsole.trust.application.CertificatesRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Publishes at once when an agreement leaves force or certificates are revoked: enforcement must not wait for someone
 * to press Publish. Runs inside the transaction of the change (a synchronous observer), so the change and its
 * snapshot commit together or not at all. Only the withdrawal goes out; every other change waits for an explicit
 * publish.
 */
@ApplicationScoped
public class AutomaticPublishing {

    @Inject
    SnapshotService snapshots;

    void agreementLeftForce(@Observes AgreementLeftForce event) {
        snapshots.withdrawAgreement(event.actor(), event.localDomain(), event.agreementId(), event.action()
                + " (agreement " + event.agreementId() + ")");
    }

    /**
     * A CRL names certificates, not domains: every domain whose published snapshot lists a peer the gate now refuses
     * is published again without it; domains where nothing is refused are left alone.
     */
    void certificatesRevoked(@Observes CertificatesRevoked event) {
        String trigger = "CRL_IMPORTED (" + event.revokedCount() + " revoked by " + event.crlIssuer() + ")";
        for (String domain : snapshots.publishedDomains()) {
            snapshots.withdrawRefused(event.actor(), domain, trigger);
        }
    }
}
