package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.SharingTerm;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Until privacy-sharing permissions are stored, nothing leaves for any peer (default deny, C4). Replace it by giving
 * the C4-backed {@link SharingTerms} {@code @Alternative @Priority(...)}.
 */
@ApplicationScoped
public class DenyAllSharingTerms implements SharingTerms {

    @Override
    public SharingTerm termsOf(String localDomain, long peerNetworkId) {
        return SharingTerm.denyAll();
    }
}
