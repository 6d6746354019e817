package io.peeringconsole.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simplified presence document: the presentity and the value of each attribute it publishes. Values are opaque
 * text, except {@link PresenceAttribute#BASIC_STATUS}, which is {@code open} or {@code closed}.
 */
public record PresenceDocument(String presentity, Map<PresenceAttribute, String> attributes) {

    public PresenceDocument {
        if (presentity == null || presentity.isBlank()) {
            throw new IllegalArgumentException("A presence document needs its presentity's URI.");
        }
        EnumMap<PresenceAttribute, String> copy = new EnumMap<>(PresenceAttribute.class);
        attributes.forEach((attribute, value) -> copy.put(attribute, Objects.requireNonNull(value, "value")));
        String status = copy.get(PresenceAttribute.BASIC_STATUS);
        if (status != null && !BasicStatus.isToken(status)) {
            throw new IllegalArgumentException("Basic status must be open or closed, not \"" + status + "\".");
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /** A document that says nothing but who it is about. */
    public static PresenceDocument of(String presentity) {
        return new PresenceDocument(presentity, Map.of());
    }

    public PresenceDocument with(PresenceAttribute attribute, String value) {
        EnumMap<PresenceAttribute, String> more = new EnumMap<>(PresenceAttribute.class);
        more.putAll(attributes);
        more.put(attribute, value);
        return new PresenceDocument(presentity, more);
    }

    public PresenceDocument with(BasicStatus status) {
        return with(PresenceAttribute.BASIC_STATUS, status.token());
    }

    public Optional<String> value(PresenceAttribute attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** The same document without any attribute outside {@code provided}. */
    public PresenceDocument restrictedTo(Set<PresenceAttribute> provided) {
        EnumMap<PresenceAttribute, String> kept = new EnumMap<>(PresenceAttribute.class);
        attributes.forEach((attribute, value) -> {
            if (provided.contains(attribute)) {
                kept.put(attribute, value);
            }
        });
        return new PresenceDocument(presentity, kept);
    }

    /**
     * What a politely blocked watcher is sent: the presentity and nothing else. RFC 5025 suggests a single closed
     * service instead; we send no status at all, because then the neutral document is exactly what an allow rule
     * providing nothing yields, and a politely blocked watcher cannot be told apart from one allowed to see nothing,
     * neither by the watcher nor by the peer network, in any sharing mode.
     */
    public PresenceDocument neutral() {
        return of(presentity);
    }
}
