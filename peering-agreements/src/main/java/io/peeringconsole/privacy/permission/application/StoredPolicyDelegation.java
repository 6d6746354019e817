package io.peeringconsole.privacy.permission.application;

import io.peeringconsole.agreement.application.SecurityApprovalPolicy;
import io.peeringconsole.privacy.SharingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Answers agreements from the stored permission: a pair in POLICY_DELEGATION needs a security officer's approval,
 * because the peer then receives one full copy and the users' delegated rules. A pair without a stored permission
 * is at default deny (PER_WATCHER), which needs none. Asked inside the agreement service's transaction.
 */
@ApplicationScoped
public class StoredPolicyDelegation implements SecurityApprovalPolicy {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Override
    public boolean requiresSecurityApproval(String localDomain, long peerNetworkId) {
        return new PairFacts(em).setting(localDomain, peerNetworkId)
                .map(setting -> setting.mode() == SharingMode.POLICY_DELEGATION)
                .orElse(false);
    }
}
