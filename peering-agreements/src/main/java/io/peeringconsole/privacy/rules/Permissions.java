package io.peeringconsole.privacy.rules;

import io.peeringconsole.privacy.PresenceAttribute;

import java.util.Objects;
import java.util.Set;

/** What a watcher is granted after combining every matching rule. */
public record Permissions(SubHandling subHandling, Transformations transformations) {

    /** No matching rule: the lowest sub-handling and nothing provided. */
    public static final Permissions NOTHING = new Permissions(SubHandling.BLOCK, Transformations.NONE);

    public Permissions {
        Objects.requireNonNull(subHandling, "subHandling");
        Objects.requireNonNull(transformations, "transformations");
    }

    public Set<PresenceAttribute> provided() {
        return transformations.provided();
    }
}
