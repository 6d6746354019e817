/**
 * The stored privacy-sharing permission of a pair ({@link io.peeringconsole.privacy.permission.domain.PrivacyPermissionSetting})
 * and the rules that guard changing it ({@link io.peeringconsole.privacy.permission.domain.PermissionRules}: who may
 * read and change it, stale versions, and policy delegation for an agreed pair), all without a container.
 */
package io.peeringconsole.privacy.permission.domain;
