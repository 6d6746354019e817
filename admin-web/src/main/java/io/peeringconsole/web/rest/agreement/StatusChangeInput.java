package io.peeringconsole.web.rest.agreement;

/** The body of a rejection, suspension or termination: the reason, and the version if not sent otherwise. */
public record StatusChangeInput(String reason, Long version) {
}
