package io.peeringconsole.web.rest.registry;

/** What a client sends to create a local domain ({@code name}) or rename it ({@code displayName}, {@code version}). */
public record LocalDomainInput(String name, String displayName, Long version) {
}
