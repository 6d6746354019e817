package io.peeringconsole.snapshot.domain;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import java.util.Objects;
import java.util.Set;

/** Which presence attributes may leave for a peer, and in which sharing mode (RFC 5344 section 2.3). */
public record SharingTerm(SharingMode mode, Set<PresenceAttribute> allowedAttributes) {

    public SharingTerm {
        Objects.requireNonNull(mode, "mode");
        allowedAttributes = Set.copyOf(allowedAttributes);
    }

    /** Nothing leaves, one copy per watcher: what holds while no permission is stored. */
    public static SharingTerm denyAll() {
        return new SharingTerm(SharingMode.PER_WATCHER, Set.of());
    }
}
