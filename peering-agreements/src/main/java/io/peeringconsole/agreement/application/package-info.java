/**
 * The transaction boundary of agreements and public groups: {@link io.peeringconsole.agreement.application.AgreementService}
 * and {@link io.peeringconsole.agreement.application.PublicGroupService}. They take an operator, let the aggregates
 * apply their rules, flush, record the audit entry, and answer with views. The activation gate, the trust check, the
 * security-approval policy and the gateway audience are CDI beans with deliberately closed defaults
 * ({@link io.peeringconsole.agreement.application.NoTrustEvidenceYet} refuses all trust), each replaced by an
 * {@code @Alternative @Priority} bean when its capability is wired in (the trust check already is, by
 * {@link io.peeringconsole.agreement.infrastructure.TrustStoreCheck}). The security-approval policy is answered by the
 * stored privacy-sharing permissions ({@link io.peeringconsole.privacy.permission.application.StoredPolicyDelegation}).
 */
package io.peeringconsole.agreement.application;
