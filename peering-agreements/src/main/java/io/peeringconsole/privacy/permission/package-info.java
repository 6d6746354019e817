/**
 * Stored privacy-sharing permissions (C4): one per local domain and peer network, default deny when there is none.
 * {@code domain} holds the stored setting and the rules that guard a change (who may change it, and that policy
 * delegation for an agreed pair needs a security officer); {@code application} is the transactional service, the
 * {@link io.peeringconsole.agreement.application.SecurityApprovalPolicy} it answers for agreements, and the preview.
 */
package io.peeringconsole.privacy.permission;
