package io.peeringconsole.web.rest.registry;

import io.peeringconsole.registry.application.LocalDomainView;

/** A local domain (tenant) administered by this console. */
public record LocalDomainRepresentation(long id, String name, String displayName, long version) {

    static LocalDomainRepresentation of(LocalDomainView view) {
        return new LocalDomainRepresentation(view.id(), view.name(), view.displayName(), view.version());
    }
}
