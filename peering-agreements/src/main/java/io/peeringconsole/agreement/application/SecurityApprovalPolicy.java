package io.peeringconsole.agreement.application;

/**
 * Whether an agreement between a local domain and a peer needs a security officer's approval as well: it does when
 * their privacy-sharing permission (C4) uses {@code POLICY_DELEGATION}, because the peer then receives the users'
 * full presence and their delegated rules. Asked once, when the agreement is submitted.
 */
public interface SecurityApprovalPolicy {

    boolean requiresSecurityApproval(String localDomain, long peerNetworkId);
}
