package io.peeringconsole.web.rest.privacy;

import java.util.List;

/**
 * A pair's new permission: the attributes that may leave, the sharing mode, and the version read (absent when the
 * pair is at default deny; an {@code If-Match} header may carry it instead).
 */
public record PrivacyPermissionInput(List<String> attributes, String mode, Long version) {
}
