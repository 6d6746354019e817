package io.peeringconsole.web.rest.audit;

/**
 * A value an officer knows (a user name, say) and wants to find in the trail. Sent in a body rather than a query
 * string, so that it does not land in access logs.
 *
 * @param value the value, exactly as it would have been recorded
 */
public record SensitiveValueInput(String value) {
}
