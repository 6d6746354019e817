package io.peeringconsole.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Until privacy-sharing permissions are stored (C4), no pair uses POLICY_DELEGATION, so no agreement needs a security
 * officer. Replace it by giving the C4-backed {@link SecurityApprovalPolicy} {@code @Alternative @Priority(...)}.
 */
@ApplicationScoped
public class NoPolicyDelegationYet implements SecurityApprovalPolicy {

    @Override
    public boolean requiresSecurityApproval(String localDomain, long peerNetworkId) {
        return false;
    }
}
