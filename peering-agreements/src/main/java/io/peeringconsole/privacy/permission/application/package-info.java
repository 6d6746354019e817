/**
 * The transaction boundary of privacy-sharing permissions: the service that reads (default deny when nothing is
 * stored), sets and resets them with their audit entries, the preview service, and
 * {@link io.peeringconsole.privacy.permission.application.StoredPolicyDelegation}, which tells agreements whether a
 * pair's delegation calls for a security officer.
 */
package io.peeringconsole.privacy.permission.application;
